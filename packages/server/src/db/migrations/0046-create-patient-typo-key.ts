import type { Kysely } from 'kysely';
import { required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Each name word of a patient with its one-letter deletions, looked up by equality to find a name
  // typed with one typo (see patient-typo-keys.ts). Filled for existing patients by a backfill.
  await db.schema
    .createTable('patient_typo_key')
    .addColumn('clinic_id', 'text', required)
    .addColumn('typo_key', 'text', required)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('patient_typo_key_pk', ['clinic_id', 'typo_key', 'patient_id'])
    .execute();
  await db.schema
    .createIndex('patient_typo_key_patient')
    .on('patient_typo_key')
    .column('patient_id')
    .execute();
}
