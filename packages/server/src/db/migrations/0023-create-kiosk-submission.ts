import type { Kysely } from 'kysely';
import { clinicRef, flag, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An intake form or signed consent from the kiosk, kept as sent until staff review it.
  await db.schema
    .createTable('kiosk_submission')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('link_id', 'text', (c) => c.notNull().references('kiosk_link.id'))
    .addColumn('kind', 'text', required)
    .addColumn('payload', 'text', required)
    .addColumn('submitted_at', 'text', required)
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('consent_id', 'text', (c) => c.references('consent.id'))
    .addColumn('applied_to_history', 'integer', flag)
    .execute();
  await db.schema
    .createIndex('kiosk_submission_patient')
    .on('kiosk_submission')
    .columns(['clinic_id', 'patient_id', 'submitted_at'])
    .execute();
}
