import type { Kysely } from 'kysely';
import { required } from '../dialect';

/**
 * Audit rows written in the same transaction as the change they record, not yet chained: the audit
 * committer moves them into their chain of audit_log (in id order, ids being UUIDv7) and deletes them
 * here in one transaction. A change and its audit row therefore commit or roll back together.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pending_audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chain_id', 'text', required)
    .addColumn('at', 'text', required)
    .addColumn('clinic_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', required)
    .addColumn('entity_type', 'text', required)
    .addColumn('entity_ids', 'text', required)
    .addColumn('patient_id', 'text')
    .addColumn('request_id', 'text', required)
    .addColumn('ip', 'text', required)
    .execute();
}
