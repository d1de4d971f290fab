import type { Kysely } from 'kysely';
import type { Database } from './database';

/**
 * Runs `work` in one transaction that will write. On SQLite every transaction of the server's
 * connection takes the write lock up front (BEGIN IMMEDIATE, `sqlite-file.ts`), so one that reads and
 * then writes waits its turn instead of failing halfway; PostgreSQL opens an ordinary transaction, and
 * the work locks the rows it reads with FOR UPDATE.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(work);
}
