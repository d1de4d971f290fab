import type { Kysely } from 'kysely';
import { jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A clinic's optional fee schedule: fees per CPT/HCPCS code (and modifier) for the superbill.
  await db.schema
    .createTable('fee_schedule')
    .addColumn('clinic_id', 'text', (c) => c.primaryKey().references('clinic.id'))
    .addColumn('currency', 'text', required)
    .addColumn('entries', 'text', jsonText('[]'))
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .execute();
}
