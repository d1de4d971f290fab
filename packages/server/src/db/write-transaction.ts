import { sql, type Kysely } from 'kysely';
import type { DialectName } from './connect';
import type { Database } from './database';

/**
 * Runs `work` in one transaction that will write. SQLite takes its write lock up front (BEGIN
 * IMMEDIATE), so a transaction that reads and then writes waits under busy_timeout for another
 * writer instead of failing halfway; PostgreSQL opens an ordinary transaction, and the work locks the
 * rows it reads with FOR UPDATE.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: DialectName,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
