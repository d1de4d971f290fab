import type { Kysely } from 'kysely';
import { clinicRef, jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('episode')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('start_date', 'text', required)
    .addColumn('end_date', 'text')
    .addColumn('complaint', 'text', required)
    .addColumn('onset', 'text', required)
    .addColumn('phase', 'text', required)
    .addColumn('abn_date', 'text')
    .addColumn('plan', 'text', jsonText('{}'))
    .addColumn('diagnoses', 'text', jsonText('[]'))
    .addColumn('created_at', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .execute();
  await db.schema.createIndex('episode_patient').on('episode').columns(['clinic_id', 'patient_id']).execute();
}
