import SQLite from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver } from 'kysely';
import { withStatementCache } from './statement-cache';
import type { WriteLock } from './write-lock';

/**
 * Opens a SQLite file with the settings the server relies on (WAL, full sync, foreign keys, a busy
 * timeout). The server's connection and the audit worker's both open it this way.
 */
export function openSqliteDatabase(file: string): SQLite.Database {
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}

/**
 * Kysely's SQLite dialect (statements cached, `statement-cache.ts`) with every transaction begun
 * IMMEDIATE, after taking `lock` (`write-lock.ts`), which the server's thread and the audit worker
 * share. Begun immediate, a transaction holds the write lock from its start, so one that has read never
 * fails at its first write (SQLITE_BUSY_SNAPSHOT, which no busy timeout retries) because the other
 * thread committed in between; the shared lock makes the two threads take turns without either
 * sleeping in SQLite's busy handler.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    database: SQLite.Database,
    private readonly lock: WriteLock,
  ) {
    super({ database: withStatementCache(database) });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const { lock } = this;
    // One connection, so one transaction at a time: whether it holds the lock is one flag.
    let held = false;
    const release = (): void => {
      if (!held) return;
      held = false;
      lock.release();
    };
    const run = (connection: DatabaseConnection, sql: string) =>
      connection.executeQuery(CompiledQuery.raw(sql));
    driver.beginTransaction = async (connection) => {
      await lock.acquire();
      held = true;
      try {
        await run(connection, 'begin immediate');
      } catch (error) {
        release();
        throw error;
      }
    };
    // A failed commit is followed by Kysely's rollback, which releases the lock.
    driver.commitTransaction = async (connection) => {
      await run(connection, 'commit');
      release();
    };
    driver.rollbackTransaction = async (connection) => {
      try {
        await run(connection, 'rollback');
      } finally {
        release();
      }
    };
    return driver;
  }
}
