import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { defaultClinicBilling } from '@sotchart/contract';
import { createUser } from '@sotchart/server/auth/create-user';
import {
  openPostgres,
  openSqliteFile,
  type DatabaseHandle,
  type DialectName,
} from '@sotchart/server/db/connect';
import { migrateToLatest } from '@sotchart/server/db/migrations';
import { startChain } from '@sotchart/server/audit/start-chain';
import { clinicRepository } from '@sotchart/server/db/repositories/clinic.repository';
import { cheapArgon2, testPostgresUrl } from '@sotchart/test-support';

/**
 * A brand-new, migrated database with one clinic and its owner, for a harness that runs real server
 * processes on it. Nothing stays open: `open()` gives a fresh handle to inspect it with.
 */
export interface ScratchDatabase {
  readonly dialect: DialectName;
  /** DATA_DIR (and DATABASE_URL on PostgreSQL) for a server on this database. */
  readonly env: Record<string, string>;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly clinicId: string;
  readonly email: string;
  readonly password: string;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

const password = 'harness-river-stone-lantern-42';

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates the database; `label` goes into folder and database names to tell harnesses apart. */
export async function scratchDatabase(dialect: DialectName, label: string): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `sotchart-${label}-`));
  let databaseUrl: string | null = null;
  let dbName = '';
  if (dialect === 'postgres') {
    dbName = `sotchart_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(5).toString('hex')}`;
    await admin(`create database ${dbName}`);
    const url = new URL(testPostgresUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const open = async (): Promise<DatabaseHandle> =>
    databaseUrl === null ? openSqliteFile(join(dataDir, 'sotchart.db')) : openPostgres(databaseUrl, 4);
  const handle = await open();
  const clinicId = uuidv7();
  const email = `owner-${randomBytes(3).toString('hex')}@harness.example`;
  try {
    await migrateToLatest(handle.db);
    const now = new Date().toISOString();
    await clinicRepository.insert(
      handle.db,
      {
        id: clinicId,
        name: `Harness clinic (${label})`,
        address: '',
        language: 'en',
        phone: null,
        timeZone: 'UTC',
        isDemo: false,
        ...defaultClinicBilling,
        version: 1,
      },
      now,
    );
    await startChain(handle.db, clinicId, now);
    await createUser(
      handle.db,
      { clinicId, email, displayName: 'Dr Harness', role: 'owner', password },
      { argon2: cheapArgon2 },
    );
  } finally {
    await handle.close();
  }
  return {
    dialect,
    env: databaseUrl === null ? { DATA_DIR: dataDir } : { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    dataDir,
    databaseUrl,
    clinicId,
    email,
    password,
    open,
    drop: async () => {
      if (dbName !== '') await admin(`drop database if exists ${dbName} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
