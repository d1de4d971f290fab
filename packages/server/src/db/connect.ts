import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { StartupError } from '../startup-error';
import type { Database } from './database';
import { withStatementCache } from './statement-cache';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

// COUNT(*) and BIGINT arrive as strings from pg by default; every count here fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/** Opens a SQLite file with the settings the server relies on: WAL, foreign keys, busy timeout, full sync. */
export function openSqliteFile(file: string): DatabaseHandle {
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openSqlite(dataDir: string): DatabaseHandle {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(
      `Cannot create the data folder ${dataDir} (${reason}); set DATA_DIR to a folder that can be created.`,
    );
  }
  return openSqliteFile(join(dataDir, 'sotchart.db'));
}

/** A URL safe to print: the password is never shown. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** Opens PostgreSQL and checks it answers, so a wrong URL fails at start with one clear sentence. */
export async function openPostgres(url: string, max = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle pooled connection that the server ends (a restart, a failover, an administrator) is
  // reported here. The pool has already dropped it and the next query connects afresh; without a
  // listener Node would treat the event as uncaught and stop the whole server.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StartupError(
      `Cannot reach the PostgreSQL database at ${redactUrl(url)} (${reason}); check DATABASE_URL and that the server is running.`,
    );
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export async function openDatabase(config: {
  dataDir: string;
  databaseUrl: string | undefined;
}): Promise<DatabaseHandle> {
  return config.databaseUrl === undefined ? openSqlite(config.dataDir) : openPostgres(config.databaseUrl);
}
