import type { Kysely } from 'kysely';
import { required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every revision is kept, so an old visit's packRef can always be resolved to the pack it used.
  await db.schema
    .createTable('protocol_override')
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id'))
    .addColumn('revision', 'integer', required)
    .addColumn('override', 'text', required)
    .addColumn('created_at', 'text', required)
    .addColumn('created_by', 'text')
    .addPrimaryKeyConstraint('protocol_override_pk', ['clinic_id', 'revision'])
    .execute();
}
