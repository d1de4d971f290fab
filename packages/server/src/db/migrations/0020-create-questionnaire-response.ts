import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per completed questionnaire; its items are in questionnaire_answer. The score the server
  // computed is kept as JSON, with its headline value and band in columns for trends.
  await db.schema
    .createTable('questionnaire_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('episode_id', 'text', (c) => c.references('episode.id'))
    .addColumn('instrument_id', 'text', required)
    .addColumn('instrument_version', 'text', required)
    .addColumn('administered_at', 'text', required)
    .addColumn('source', 'text', required)
    .addColumn('kiosk_link_id', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('status', 'text', required)
    .addColumn('value', 'double precision')
    .addColumn('band', 'text')
    .addColumn('score', 'text', required)
    .addColumn('engine_version', 'text', required)
    .addColumn('created_at', 'text', required)
    .execute();
  await db.schema
    .createIndex('questionnaire_response_patient')
    .on('questionnaire_response')
    .columns(['clinic_id', 'patient_id', 'administered_at'])
    .execute();
}
