import type { ClinicDiagnosisCode, ClinicDiagnosisCodes } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';

/** A clinic's own ICD-10-CM codes: one row per clinic, the codes as JSON. */
export const clinicDiagnosisCodesRepository = {
  async find(db: Kysely<Database>, clinicId: string): Promise<ClinicDiagnosisCodes | undefined> {
    const row = await db
      .selectFrom('clinic_diagnosis_codes')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { codes: fromJson<ClinicDiagnosisCode[]>(row.codes), version: row.version };
  },

  async insert(
    db: Kysely<Database>,
    clinicId: string,
    list: ClinicDiagnosisCodes,
    at: string,
    actorId: string,
  ): Promise<void> {
    await db
      .insertInto('clinic_diagnosis_codes')
      .values({
        clinic_id: clinicId,
        codes: toJson(list.codes),
        updated_at: at,
        updated_by: actorId,
        version: list.version,
      })
      .execute();
  },

  /** Writes only when the stored version is `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    list: ClinicDiagnosisCodes,
    expectedVersion: number,
    at: string,
    actorId: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('clinic_diagnosis_codes')
      .set({ codes: toJson(list.codes), updated_at: at, updated_by: actorId, version: list.version })
      .where('clinic_id', '=', clinicId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
