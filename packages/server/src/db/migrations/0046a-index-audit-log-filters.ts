import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The audit screen narrows a clinic's log to one user, one action or a range of dates, newest first:
  // each filter walks its own index instead of the whole chain.
  await db.schema
    .createIndex('audit_log_actor')
    .on('audit_log')
    .columns(['chain_id', 'actor_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_log_action')
    .on('audit_log')
    .columns(['chain_id', 'action', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['chain_id', 'at']).execute();
}
