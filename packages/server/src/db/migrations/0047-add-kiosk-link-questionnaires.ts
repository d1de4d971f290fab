import type { Kysely } from 'kysely';

/**
 * One tablet hand-over for every questionnaire due (issue 21): a questionnaire link names its
 * instruments in order (a JSON array; links made before keep theirs in `instrument_id`) and counts
 * how many the patient has sent, so the link is used up only after the last one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('kiosk_link').addColumn('instrument_ids', 'text').execute();
  await db.schema
    .alterTable('kiosk_link')
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
