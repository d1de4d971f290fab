import type { Kysely } from 'kysely';
import type { Database } from '../database';

/** An identifier a patient was imported with. */
export interface StoredIdentifier {
  readonly system: string;
  readonly value: string;
  readonly type: string | null;
}

/** Identifiers of patients imported from FHIR, unique per clinic, system and value. */
export const patientIdentifierRepository = {
  /** The patient an identifier was imported for, if it was. */
  async findPatient(
    db: Kysely<Database>,
    clinicId: string,
    system: string,
    value: string,
  ): Promise<string | undefined> {
    const row = await db
      .selectFrom('patient_identifier')
      .select('patient_id')
      .where('clinic_id', '=', clinicId)
      .where('system', '=', system)
      .where('value', '=', value)
      .executeTakeFirst();
    return row?.patient_id;
  },

  /** A patient's identifiers, in the order they were stored. */
  async listByPatient(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
  ): Promise<StoredIdentifier[]> {
    return db
      .selectFrom('patient_identifier')
      .select(['system', 'value', 'type'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('created_at')
      .orderBy('system')
      .orderBy('value')
      .execute();
  },

  async insertMany(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
    identifiers: readonly StoredIdentifier[],
    at: string,
  ): Promise<void> {
    if (identifiers.length === 0) return;
    await db
      .insertInto('patient_identifier')
      .values(
        identifiers.map((i) => ({
          clinic_id: clinicId,
          system: i.system,
          value: i.value,
          type: i.type,
          patient_id: patientId,
          created_at: at,
        })),
      )
      .execute();
  },
};
