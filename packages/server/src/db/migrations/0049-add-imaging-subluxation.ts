import type { Kysely } from 'kysely';

/**
 * Whether an imaging study shows a subluxation, and in which spinal regions: the X-ray route to
 * documenting it for spinal CMT (Medicare Benefit Policy Manual ch. 15 §240.1.2; issue 19). Studies
 * recorded before have neither (not shown).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('imaging_study')
    .addColumn('shows_subluxation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('imaging_study')
    .addColumn('subluxation_regions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
