import type { Kysely } from 'kysely';
import { jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A clinic's own ICD-10-CM codes beside the shipped chiropractic list, for the coding checks.
  await db.schema
    .createTable('clinic_diagnosis_codes')
    .addColumn('clinic_id', 'text', (c) => c.primaryKey().references('clinic.id'))
    .addColumn('codes', 'text', jsonText('[]'))
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .execute();
}
