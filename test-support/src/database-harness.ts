import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  openPostgres,
  openSqliteFile,
  type DatabaseHandle,
  type DialectName,
} from '@sotchart/server/db/connect';
import { migrateToLatest } from '@sotchart/server/db/migrations';

/** The PostgreSQL server tests use; TEST_DATABASE_URL overrides it. */
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly handle: DatabaseHandle;
  /** The URL (PostgreSQL) or file path (SQLite) of this database, for a server started on it. */
  readonly location: string;
  /** The folder a server on this database may use for its files. */
  readonly dataDir: string;
  drop(): Promise<void>;
}

async function freshSqlite(migrate: boolean): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'sotchart-test-'));
  const file = join(dir, 'sotchart.db');
  const handle = openSqliteFile(file);
  if (migrate) await migrateToLatest(handle.db);
  return {
    handle,
    location: file,
    dataDir: dir,
    drop: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not answering at ${testPostgresUrl} (${(error as Error).message}); start it or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function freshPostgres(migrate: boolean): Promise<TestDatabase> {
  const name = `sotchart_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 5);
  if (migrate) await migrateToLatest(handle.db);
  const dir = mkdtempSync(join(tmpdir(), 'sotchart-test-'));
  return {
    handle,
    location: url.toString(),
    dataDir: dir,
    drop: async () => {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh, migrated database of the given dialect: a new temp file for SQLite, a uniquely named
 * database for PostgreSQL. Call `drop()` when done. A missing PostgreSQL fails loudly, never skips.
 */
export function freshDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  return dialect === 'sqlite' ? freshSqlite(migrate) : freshPostgres(migrate);
}

/** Both dialects, for suites that run the same tests on each. */
export const dialects: readonly DialectName[] = ['sqlite', 'postgres'];
