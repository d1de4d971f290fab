import type { Kysely } from 'kysely';
import { required } from '../dialect';

/**
 * The append-only audit log: one hash chain per clinic (chain_id = clinic id) and one system chain
 * (chain_id = 'system') for events without a clinic. audit_head holds each chain's row count and last
 * hash, so deleting the newest rows is detected as surely as editing or deleting older ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('chain_id', 'text', required)
    .addColumn('seq', 'integer', required)
    .addColumn('at', 'text', required)
    .addColumn('clinic_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', required)
    .addColumn('entity_type', 'text', required)
    .addColumn('entity_ids', 'text', required)
    .addColumn('patient_id', 'text')
    .addColumn('request_id', 'text', required)
    .addColumn('ip', 'text', required)
    .addColumn('prev_hash', 'text', required)
    .addColumn('hash', 'text', required)
    .addPrimaryKeyConstraint('audit_log_pk', ['chain_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_log_patient')
    .on('audit_log')
    .columns(['chain_id', 'patient_id', 'seq'])
    .execute();
  await db.schema
    .createTable('audit_head')
    .addColumn('chain_id', 'text', (c) => c.primaryKey())
    .addColumn('row_count', 'integer', required)
    .addColumn('last_hash', 'text', required)
    .addColumn('updated_at', 'text', required)
    .execute();
}
