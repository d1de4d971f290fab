import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { patientSearchKeys, type SearchableName } from '../patient-search-keys';
import { patientTypoKeys } from '../patient-typo-keys';

/** A patient as its keys see it. */
export interface NamedPatient extends SearchableName {
  readonly id: string;
  readonly clinicId: string;
}

/** The keys a patient is found by, as typed and with one typo; rewritten whenever the name changes. */
export const patientSearchKeyRepository = {
  async insert(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
    name: SearchableName,
  ): Promise<void> {
    const keys = patientSearchKeys(name).map((search_key) => ({
      clinic_id: clinicId,
      search_key,
      patient_id: patientId,
    }));
    if (keys.length > 0) await db.insertInto('patient_search_key').values(keys).execute();
    const typoKeys = patientTypoKeys(name).map((typo_key) => ({
      clinic_id: clinicId,
      typo_key,
      patient_id: patientId,
    }));
    if (typoKeys.length > 0) await db.insertInto('patient_typo_key').values(typoKeys).execute();
  },

  async deleteAll(db: Kysely<Database>, patientId: string): Promise<void> {
    await db.deleteFrom('patient_search_key').where('patient_id', '=', patientId).execute();
    await db.deleteFrom('patient_typo_key').where('patient_id', '=', patientId).execute();
  },

  /** Up to `limit` patients of every clinic after the id `after`, in id order, with what keys are made of. */
  pageNames(db: Kysely<Database>, after: string, limit: number): Promise<NamedPatient[]> {
    return db
      .selectFrom('patient')
      .select(['id', 'clinic_id', 'family_name', 'given_name', 'chart_number'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          id: r.id,
          clinicId: r.clinic_id,
          familyName: r.family_name,
          givenName: r.given_name,
          chartNumber: r.chart_number,
        })),
      );
  },
};
