import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A one-time link to one form for one patient. Only the token's SHA-256 is stored.
  await db.schema
    .createTable('kiosk_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', required)
    .addColumn('instrument_id', 'text')
    .addColumn('consent_type', 'text')
    .addColumn('created_by', 'text', required)
    .addColumn('created_at', 'text', required)
    .addColumn('expires_at', 'text', required)
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('kiosk_link_patient')
    .on('kiosk_link')
    .columns(['clinic_id', 'patient_id', 'created_at'])
    .execute();
}
