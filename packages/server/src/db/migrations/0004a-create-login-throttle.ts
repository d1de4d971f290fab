import type { Kysely } from 'kysely';
import { required } from '../dialect';

/**
 * Sign-in attempts per account and per address, kept in the database so every server process behind
 * a load balancer applies the same limit. Keys are SHA-256 hashes: no email is stored here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', required)
    .addColumn('next_allowed_at', 'text', required)
    .addColumn('last_attempt_at', 'text', required)
    .execute();
}
