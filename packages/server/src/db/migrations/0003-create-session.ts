import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

/** Signed-in sessions. Only the SHA-256 of the token is stored, so a copy of the table signs no one in. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('created_at', 'text', required)
    .addColumn('last_seen_at', 'text', required)
    // The absolute end; the idle end is last_seen_at plus the idle timeout.
    .addColumn('expires_at', 'text', required)
    .addColumn('ip', 'text', required)
    .execute();
  await db.schema.createIndex('session_user').on('session').columns(['user_id']).execute();
}
