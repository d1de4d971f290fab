import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromFlag, toFlag } from '../json';

/** Which signed document of a visit: its note (seq 0) or one of its addenda (the addendum's seq). */
export type SignedDocumentKind = 'note' | 'addendum';

/** A signed document as frozen: the PDF's bytes, their SHA-256 and the snapshot of what it shows (JSON). */
export interface SignedDocument {
  readonly id: string;
  readonly visitId: string;
  readonly patientId: string;
  readonly kind: SignedDocumentKind;
  readonly seq: number;
  readonly pdf: Buffer;
  readonly sha256: string;
  readonly snapshot: string;
  readonly frozenAtUpgrade: boolean;
  readonly createdAt: string;
}

/** A signed document without its bytes or snapshot: what lists and checks need. */
export type SignedDocumentKey = Pick<
  SignedDocument,
  'visitId' | 'kind' | 'seq' | 'sha256' | 'frozenAtUpgrade'
>;

export const signedDocumentRepository = {
  /** Stores a frozen document; the unique (clinic, visit, kind, seq) index refuses a second one. */
  async insert(db: Kysely<Database>, clinicId: string, d: SignedDocument): Promise<void> {
    await db
      .insertInto('signed_document')
      .values({
        id: d.id,
        clinic_id: clinicId,
        visit_id: d.visitId,
        patient_id: d.patientId,
        kind: d.kind,
        seq: d.seq,
        pdf: d.pdf,
        sha256: d.sha256,
        snapshot: d.snapshot,
        frozen_at_upgrade: toFlag(d.frozenAtUpgrade),
        created_at: d.createdAt,
      })
      .execute();
  },

  /** One frozen document with its bytes. */
  async find(
    db: Kysely<Database>,
    clinicId: string,
    visitId: string,
    kind: SignedDocumentKind,
    seq: number,
  ): Promise<SignedDocument | undefined> {
    const r = await db
      .selectFrom('signed_document')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('visit_id', '=', visitId)
      .where('kind', '=', kind)
      .where('seq', '=', seq)
      .executeTakeFirst();
    return r === undefined
      ? undefined
      : {
          id: r.id,
          visitId: r.visit_id,
          patientId: r.patient_id,
          kind: r.kind as SignedDocumentKind,
          seq: r.seq,
          // pg gives a Buffer; better-sqlite3 a Buffer too. Copy into one either way, so callers own it.
          pdf: Buffer.from(r.pdf),
          sha256: r.sha256,
          snapshot: r.snapshot,
          frozenAtUpgrade: fromFlag(r.frozen_at_upgrade),
          createdAt: r.created_at,
        };
  },

  /** The frozen documents of these visits, without bytes, in visit, kind and seq order. */
  async listKeys(
    db: Kysely<Database>,
    clinicId: string,
    visitIds: readonly string[],
  ): Promise<SignedDocumentKey[]> {
    if (visitIds.length === 0) return [];
    const rows = await db
      .selectFrom('signed_document')
      .select(['visit_id', 'kind', 'seq', 'sha256', 'frozen_at_upgrade'])
      .where('clinic_id', '=', clinicId)
      .where('visit_id', 'in', visitIds)
      .orderBy('visit_id')
      .orderBy('kind')
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      visitId: r.visit_id,
      kind: r.kind as SignedDocumentKind,
      seq: r.seq,
      sha256: r.sha256,
      frozenAtUpgrade: fromFlag(r.frozen_at_upgrade),
    }));
  },
};
