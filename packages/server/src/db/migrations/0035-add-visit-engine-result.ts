import type { Kysely } from 'kysely';
import { jsonText } from '../dialect';

/**
 * The rest of the engine's result beside the visit's analysis, plan and verification, so the row holds
 * exactly what `runEngine` returned: CMRT targets, the heel-lift suggestion and the coding suggestion.
 * Existing rows get theirs from the recompute backfill (db/backfills).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('visit').addColumn('cmrt', 'text', jsonText('[]')).execute();
  await db.schema.alterTable('visit').addColumn('heel_lift', 'text').execute();
  await db.schema.alterTable('visit').addColumn('coding', 'text').execute();
}
