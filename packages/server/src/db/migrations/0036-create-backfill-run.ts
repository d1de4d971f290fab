import type { Kysely } from 'kysely';
import { required } from '../dialect';

/** One row per data backfill that has run (db/backfills): each runs once, and what it did is kept. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('backfill_run')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('ran_at', 'text', required)
    // JSON: counts and the ids the backfill changed, for review.
    .addColumn('result', 'text', required)
    .execute();
}
