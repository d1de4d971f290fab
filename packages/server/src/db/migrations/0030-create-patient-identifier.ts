import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Identifiers of patients imported from FHIR (system + value): an identifier is imported once per clinic.
  await db.schema
    .createTable('patient_identifier')
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('system', 'text', required)
    .addColumn('value', 'text', required)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('created_at', 'text', required)
    .addPrimaryKeyConstraint('patient_identifier_pk', ['clinic_id', 'system', 'value'])
    .execute();
  await db.schema
    .createIndex('patient_identifier_patient')
    .on('patient_identifier')
    .columns(['clinic_id', 'patient_id'])
    .execute();
}
