import { createHash } from 'node:crypto';
import type { Addendum, Visit } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { signedDocumentRepository, type SignedDocument } from '../db/repositories/signed-document.repository';
import { visitRepository, type VisitRow } from '../db/repositories/visit.repository';
import { isUniqueViolation } from '../db/unique-violation';
import { notFound } from '../errors';
import { clinicDocumentLanguage } from '../reports/clinic-document-language';
import { documentLanguageTag } from '../reports/document-language';
import { renderAddendum } from '../reports/documents/addendum-document';
import { renderVisitNote } from '../reports/documents/visit-note';
import { gatherAddendum } from './gather-addendum';
import { withFindings } from './visit-with-findings';
import { gatherVisitNote } from './gather-visit-note';

/** What freezing needs besides the database: a clock for the freeze stamp and an id source. */
export interface FreezeDeps {
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** Stores one rendered signed document with the SHA-256 of its bytes and the snapshot it shows. */
async function storeSigned(
  db: Kysely<Database>,
  deps: FreezeDeps,
  clinicId: string,
  what: Pick<
    SignedDocument,
    'visitId' | 'patientId' | 'kind' | 'seq' | 'pdf' | 'frozenAtUpgrade' | 'createdAt'
  >,
  snapshot: unknown,
): Promise<SignedDocument> {
  const document: SignedDocument = {
    id: deps.newId(),
    ...what,
    sha256: createHash('sha256').update(what.pdf).digest('hex'),
    snapshot: JSON.stringify(snapshot),
  };
  await signedDocumentRepository.insert(db, clinicId, document);
  return document;
}

/**
 * Renders a signed visit's note once from the data as it stands and stores the bytes, their SHA-256
 * and the snapshot. `atUpgrade` marks a note frozen after the fact (a visit signed before notes were
 * stored), which the PDF says. The unique index refuses a second note for the visit.
 */
export async function freezeNote(
  db: Kysely<Database>,
  deps: FreezeDeps,
  clinicId: string,
  visit: Visit,
  atUpgrade: boolean,
): Promise<SignedDocument> {
  const frozenAt = deps.clock().toISOString();
  const snapshot = await gatherVisitNote(db, clinicId, visit, { freeze: { frozenAt, atUpgrade } });
  // In the note's language, with the clinic's own approved wording as it stands at signing.
  const pdf = await renderVisitNote(
    snapshot,
    await clinicDocumentLanguage(db, clinicId, documentLanguageTag(snapshot.language), [
      'reports',
      'protocolContent',
      'narrative',
    ]),
  );
  return storeSigned(
    db,
    deps,
    clinicId,
    {
      visitId: visit.id,
      patientId: visit.patientId,
      kind: 'note',
      seq: 0,
      pdf,
      frozenAtUpgrade: atUpgrade,
      createdAt: frozenAt,
    },
    snapshot,
  );
}

/**
 * Renders an addendum's own signed PDF once and stores it with its SHA-256 and snapshot. It names the
 * note it amends by the stored note's SHA-256; a visit whose note was never stored has it frozen
 * first, marked as frozen at upgrade.
 */
export async function freezeAddendum(
  db: Kysely<Database>,
  deps: FreezeDeps,
  clinicId: string,
  visit: VisitRow,
  addendum: Addendum,
  atUpgrade: boolean,
): Promise<SignedDocument> {
  const note =
    (await signedDocumentRepository.find(db, clinicId, visit.id, 'note', 0)) ??
    (await freezeNote(db, deps, clinicId, await withFindings(db, clinicId, visit), true));
  const frozenAt = deps.clock().toISOString();
  const snapshot = await gatherAddendum(
    db,
    clinicId,
    visit,
    addendum,
    { sha256: note.sha256, frozenAtUpgrade: note.frozenAtUpgrade },
    { frozenAt, atUpgrade },
  );
  const pdf = await renderAddendum(
    snapshot,
    await clinicDocumentLanguage(db, clinicId, documentLanguageTag(snapshot.language), ['reports']),
  );
  return storeSigned(
    db,
    deps,
    clinicId,
    {
      visitId: visit.id,
      patientId: visit.patientId,
      kind: 'addendum',
      seq: addendum.seq,
      pdf,
      frozenAtUpgrade: atUpgrade,
      createdAt: frozenAt,
    },
    snapshot,
  );
}

/**
 * At signing: freezes the note of a visit just signed, inside the signing transaction (called by
 * `visitService.sign` right after the signed row is written), so a visit is never signed without its
 * stored note. Returns the note's SHA-256.
 */
export async function freezeSignedNote(
  trx: Kysely<Database>,
  deps: FreezeDeps,
  ctx: RequestContext,
  visit: VisitRow,
): Promise<string> {
  const note = await freezeNote(trx, deps, ctx.clinicId, await withFindings(trx, ctx.clinicId, visit), false);
  return note.sha256;
}

/**
 * When an addendum is added: freezes its own signed PDF inside the same transaction (called by the
 * visit service right after the addendum row is written). Returns the addendum PDF's SHA-256.
 */
export async function freezeSignedAddendum(
  trx: Kysely<Database>,
  deps: FreezeDeps,
  ctx: RequestContext,
  addendum: Addendum,
): Promise<string> {
  const visit = await visitRepository.findById(trx, ctx.clinicId, addendum.visitId);
  if (visit === undefined) throw notFound();
  return (await freezeAddendum(trx, deps, ctx.clinicId, visit, addendum, false)).sha256;
}

/** Freezes in a transaction of its own; when another request froze the same document first, reads that one. */
async function freezeOnce(
  db: Kysely<Database>,
  freeze: (trx: Kysely<Database>) => Promise<SignedDocument>,
  reread: () => Promise<SignedDocument | undefined>,
): Promise<SignedDocument> {
  try {
    return await db.transaction().execute(freeze);
  } catch (error) {
    const stored = isUniqueViolation(error) ? await reread() : undefined;
    if (stored === undefined) throw error;
    return stored;
  }
}

/**
 * The stored note of a signed visit. A visit signed before notes were stored and not yet reached by the
 * upgrade backfill has it frozen now, the way the backfill would (marked frozen at upgrade).
 */
export async function storedNote(
  db: Kysely<Database>,
  deps: FreezeDeps,
  clinicId: string,
  visit: Visit,
): Promise<SignedDocument> {
  const find = () => signedDocumentRepository.find(db, clinicId, visit.id, 'note', 0);
  return (
    (await find()) ?? (await freezeOnce(db, (trx) => freezeNote(trx, deps, clinicId, visit, true), find))
  );
}

/** The stored PDF of a visit's addendum `seq` (frozen now, at upgrade, if it never was); NOT_FOUND if none. */
export async function storedAddendum(
  db: Kysely<Database>,
  deps: FreezeDeps,
  clinicId: string,
  visit: VisitRow,
  seq: number,
): Promise<SignedDocument> {
  const find = () => signedDocumentRepository.find(db, clinicId, visit.id, 'addendum', seq);
  const stored = await find();
  if (stored !== undefined) return stored;
  const addendum = (await visitRepository.listAddenda(db, clinicId, visit.id)).find((a) => a.seq === seq);
  if (addendum === undefined) throw notFound();
  return freezeOnce(db, (trx) => freezeAddendum(trx, deps, clinicId, visit, addendum, true), find);
}
