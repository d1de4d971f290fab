import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Licensed wording or a translation a clinic loaded, one per instrument.
  await db.schema
    .createTable('outcome_text_pack')
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('instrument_id', 'text', required)
    .addColumn('language', 'text', required)
    .addColumn('version', 'text', required)
    .addColumn('pack', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('outcome_text_pack_pk', ['clinic_id', 'instrument_id'])
    .execute();
}
