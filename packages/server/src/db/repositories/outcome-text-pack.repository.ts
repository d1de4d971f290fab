import type { TextPack } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';

export interface StoredTextPack {
  readonly pack: TextPack;
  readonly updatedAt: string;
}

export const outcomeTextPackRepository = {
  /** The clinic's text packs, by instrument id and language. */
  async list(db: Kysely<Database>, clinicId: string): Promise<StoredTextPack[]> {
    const rows = await db
      .selectFrom('outcome_text_pack')
      .select(['pack', 'updated_at'])
      .where('clinic_id', '=', clinicId)
      .orderBy('instrument_id')
      .orderBy('language')
      .execute();
    return rows.map((r) => ({ pack: fromJson<TextPack>(r.pack), updatedAt: r.updated_at }));
  },

  /**
   * The language a patient reads questionnaires in: the patient's own, else the clinic's (the
   * clinic's alone without a patient, or for one not in the clinic).
   */
  async readerLanguage(db: Kysely<Database>, clinicId: string, patientId: string | null): Promise<string> {
    const patient =
      patientId === null
        ? undefined
        : await db
            .selectFrom('patient')
            .select('language')
            .where('clinic_id', '=', clinicId)
            .where('id', '=', patientId)
            .executeTakeFirst();
    const own = patient?.language ?? null;
    if (own !== null) return own;
    const clinic = await db
      .selectFrom('clinic')
      .select('language')
      .where('id', '=', clinicId)
      .executeTakeFirst();
    return clinic?.language ?? 'en';
  },

  /** Stores a pack, replacing the clinic's earlier pack for the same instrument and language. */
  async put(
    db: Kysely<Database>,
    clinicId: string,
    pack: TextPack,
    at: string,
    actorId: string,
  ): Promise<void> {
    const values = {
      language: pack.language,
      version: pack.version,
      pack: toJson(pack),
      updated_at: at,
      updated_by: actorId,
    };
    await db
      .insertInto('outcome_text_pack')
      .values({ clinic_id: clinicId, instrument_id: pack.instrumentId, ...values })
      .onConflict((oc) => oc.columns(['clinic_id', 'instrument_id', 'language']).doUpdateSet(values))
      .execute();
  },
};
