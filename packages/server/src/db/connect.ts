import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely';
import pg from 'pg';
import { StartupError } from '../startup-error';
import type { Database } from './database';
import { ImmediateSqliteDialect, openSqliteDatabase } from './sqlite-file';
import { WriteLock } from './write-lock';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * The SQLite file and the write lock its transactions take (unset on PostgreSQL): the audit worker
   * opens its own connection to the file and takes turns with this one through the lock.
   */
  readonly sqlite?: { readonly file: string; readonly writeLock: WriteLock };
  close(): Promise<void>;
}

// COUNT(*) and BIGINT arrive as strings from pg by default; every count here fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/** Opens a SQLite file with the settings the server relies on: WAL, foreign keys, busy timeout, full sync. */
export function openSqliteFile(file: string): DatabaseHandle {
  const writeLock = new WriteLock();
  const database = openSqliteDatabase(file);
  // 64 MiB of page cache (SQLite's default is 2 MiB): a day list or a timeline reads a few hundred
  // pages of several tables, and at 100 000 patients the default cache rereads them on every request
  // (BENCHMARKS.md, "Day list at scale"). The audit worker's connection keeps the default.
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(database, writeLock) });
  return { db, dialect: 'sqlite', sqlite: { file, writeLock }, close: () => db.destroy() };
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

/**
 * The pool Kysely draws from, made to survive PostgreSQL ending its connections (a restart, a failover,
 * an administrator's `pg_terminate_backend`). pg reports a lost connection as an `error` event on its
 * client, and an `error` event nobody listens to stops the whole process. pg-pool listens only while
 * a client sits idle; this listens on every client for its whole life, so a client lost while checked
 * out (inside a transaction) only fails its queries. The request then answers 503
 * DATABASE_UNAVAILABLE, the client is destroyed when released, never handed out again, and the next
 * request connects afresh.
 */
export function survivingPool(pool: pg.Pool): PostgresPool {
  const broken = new WeakSet<pg.PoolClient>();
  // An idle client that errs: the pool has already dropped it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => broken.add(client));
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      // pg-pool gives each checkout a fresh `release`; wrap this one so a broken client is destroyed.
      const release = client.release;
      client.release = (destroy?: boolean | Error) => release(Boolean(destroy) || broken.has(client));
      return client;
    },
    end: () => pool.end(),
  };
}

/** Opens PostgreSQL and checks it answers, so a wrong URL fails at start with one clear sentence. */
export async function openPostgres(url: string, max = 10): Promise<DatabaseHandle> {
  // A burst (fifty addenda to one visit, each rendering its PDF under the visit's lock) can keep every
  // connection busy for seconds: a request waits its turn up to 15 s before answering 503. A server
  // that is down refuses the connection at once, whatever this says.
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 15_000 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: survivingPool(pool) }) });
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
