import type { Kysely } from 'kysely';
import { jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A clinic's questionnaire schedule; a clinic without a row uses the defaults.
  await db.schema
    .createTable('outcome_settings')
    .addColumn('clinic_id', 'text', (c) => c.primaryKey().references('clinic.id'))
    .addColumn('mode', 'text', required)
    .addColumn('interval_days', 'integer', required)
    .addColumn('instruments', 'text', jsonText('[]'))
    .addColumn('nprs_bands', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .execute();
}
