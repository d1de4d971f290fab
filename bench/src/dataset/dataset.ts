// The benchmark data set: N patients × 10 visits with findings in one clinic, on SQLite or PostgreSQL,
// built once and cached in the OS temp folder (rebuilt when the schema or the generator changes).
// Build one by hand: node --import tsx bench/src/dataset/dataset.ts sqlite 100000
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
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
import { startChain } from '@sotchart/server/audit/start-chain';
import { clinicRepository } from '@sotchart/server/db/repositories/clinic.repository';
import { backfills } from '@sotchart/server/db/backfills/run-backfills';
import { migrateToLatest } from '@sotchart/server/db/migrations';
import { cheapArgon2, testPostgresUrl } from '@sotchart/test-support';
import { generateRows } from './generate-rows';
import { postgresCopyLoader, sqliteLoader, type RowLoader } from './row-loaders';

/** Bump when the generated rows change shape or content, so cached data sets are rebuilt. */
const generatorVersion = 9;
export const visitsPerPatient = 10;

/** What a benchmark needs to know about a built data set. */
export interface Dataset {
  readonly dialect: DialectName;
  readonly patients: number;
  readonly visits: number;
  readonly findings: number;
  /** DATA_DIR (SQLite) for a server on this data set. */
  readonly dataDir: string;
  /** DATABASE_URL (PostgreSQL) for a server on this data set. */
  readonly databaseUrl: string | null;
  readonly clinicId: string;
  readonly email: string;
  readonly password: string;
  /** A spread of patient ids for timeline requests. */
  readonly samplePatientIds: readonly string[];
  /** Draft visits (the newest of each sampled patient) for draft-save requests. */
  readonly sampleDraftIds: readonly string[];
  /**
   * Searches that each find some patients: five-letter name prefixes, and for every fourth sampled
   * patient one of the other ways people type (the name as the list shows it, the chart number's
   * digits, the family name with a letter missing).
   */
  readonly sampleSearches: readonly string[];
  readonly buildSeconds: number;
}

/** The folder every benchmark keeps its data sets and results in. */
export const benchRoot = join(tmpdir(), 'sotchart-bench');

const password = 'bench-river-stone-lantern-42';

/**
 * The last migration the generator writes rows for. A cached data set is keyed by the generator and
 * this schema; migrations after it are applied to the cached copy when it is reused, as they would be
 * to a clinic's database. Bump generatorVersion and move this when the generator learns a new table.
 */
const generatorSchema = '0046-create-patient-typo-key';

function fingerprint(): string {
  const migrationsDir = fileURLToPath(new URL('../../../packages/server/src/db/migrations', import.meta.url));
  const names = readdirSync(migrationsDir)
    .filter((file) => file.replace(/\.ts$/, '') <= generatorSchema)
    .sort()
    .join(',');
  return createHash('sha256').update(`${generatorVersion}|${names}`).digest('hex').slice(0, 10);
}

/** Applies the migrations that came after the data set was built (none, usually). */
async function bringForward(dataset: Dataset, log: (line: string) => void): Promise<void> {
  const handle =
    dataset.databaseUrl === null
      ? openSqliteFile(join(dataset.dataDir, 'sotchart.db'))
      : await openPostgres(dataset.databaseUrl, 1);
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length === 0) return;
    log(`  ${dataset.dialect} ${dataset.patients}: applied ${applied.join(', ')}`);
    // The loader left SQLite statistics for the indexes it knew; a new index without any can look
    // cheaper than it is to the planner. A clinic's own database has no statistics at all, which plans
    // well; this brings the cached set back to complete ones.
    if (dataset.dialect === 'sqlite') await sql`analyze`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

type SampledPatient = { chart_number: string; family_name: string; given_name: string };

/** The searches one sampled patient contributes (see Dataset.sampleSearches). */
function searchesOf(p: SampledPatient, i: number): string[] {
  const prefix = p.family_name.slice(0, 5).toLowerCase();
  if (i % 4 !== 0) return [prefix];
  const other = [
    `${p.family_name}, ${p.given_name}`,
    p.chart_number.replace(/\D/g, '').replace(/^0+/, ''),
    p.family_name.slice(0, 1) + p.family_name.slice(2),
  ][(i / 4) % 3] as string;
  return [prefix, other];
}

async function sample(handle: DatabaseHandle, clinicId: string, count: number) {
  const total = await handle.db
    .selectFrom('patient')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('clinic_id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const step = Math.max(1, Math.floor(Number(total.n) / count));
  const patients = await handle.db
    .selectFrom('patient')
    .select(['id', 'chart_number', 'family_name', 'given_name'])
    .where('clinic_id', '=', clinicId)
    .orderBy('chart_number')
    .execute();
  const picked = patients.filter((_, i) => i % step === 0).slice(0, count);
  const drafts = await handle.db
    .selectFrom('visit')
    .select(['id', 'patient_id'])
    .where('clinic_id', '=', clinicId)
    .where('status', '=', 'draft')
    .where(
      'patient_id',
      'in',
      picked.map((p) => p.id),
    )
    .execute();
  return {
    samplePatientIds: picked.map((p) => p.id),
    sampleDraftIds: drafts.map((d) => d.id),
    sampleSearches: [...new Set(picked.flatMap(searchesOf))],
  };
}

async function build(dialect: DialectName, patients: number, target: string, log: (line: string) => void) {
  const started = performance.now();
  const handle =
    dialect === 'sqlite' ? openSqliteFile(join(target, 'sotchart.db')) : await openPostgres(target, 2);
  await migrateToLatest(handle.db);
  const clinicId = uuidv7();
  const now = new Date().toISOString();
  await clinicRepository.insert(
    handle.db,
    {
      id: clinicId,
      name: `Benchmark clinic (${patients})`,
      address: '',
      language: 'en',
      phone: null,
      timeZone: 'America/Chicago',
      isDemo: false,
      ...defaultClinicBilling,
      version: 1,
    },
    now,
  );
  await startChain(handle.db, clinicId, now);
  const email = `bench-${patients}@bench.example`;
  const user = await createUser(
    handle.db,
    { clinicId, email, displayName: 'Dr Bench', role: 'owner', password },
    { argon2: cheapArgon2 },
  );
  await handle.close();

  const loader: RowLoader =
    dialect === 'sqlite' ? sqliteLoader(join(target, 'sotchart.db')) : postgresCopyLoader(target);
  let written = 0;
  let findings = 0;
  for (const batch of generateRows({
    clinicId,
    practitionerId: user.id,
    patients,
    visitsPerPatient,
    batchPatients: 500,
  })) {
    await loader.load(batch);
    written += batch.patient.length;
    findings += batch.finding.length;
    if (written % 10_000 === 0 || written === patients)
      log(`  ${dialect}: ${written} / ${patients} patients`);
  }
  await loader.close();
  const check =
    dialect === 'sqlite' ? openSqliteFile(join(target, 'sotchart.db')) : await openPostgres(target, 2);
  try {
    // The rows already hold what the backfills would write (the current engine's results), so they are
    // recorded as run rather than run at every benchmark server's start. The sets never serve a signed
    // note's PDF, so none are frozen.
    await check.db
      .insertInto('backfill_run')
      .values(
        backfills.map((b) => ({
          name: b.name,
          ran_at: now,
          result: JSON.stringify({ counts: {}, changed: [], by: 'benchmark generator' }),
        })),
      )
      .execute();
    return {
      clinicId,
      email,
      findings,
      ...(await sample(check, clinicId, 200)),
      buildSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await check.close();
  }
}

/**
 * The cached data set of `patients` patients on `dialect`, built first when missing. SQLite lives in a
 * folder of the OS temp folder; PostgreSQL in a database named after the size and fingerprint (the
 * manifest beside the SQLite folders records it). A half-built set is never reused: it is built under
 * a temporary name and renamed when complete.
 */
export async function ensureDataset(
  dialect: DialectName,
  patients: number,
  log: (line: string) => void = console.log,
): Promise<Dataset> {
  const key = `${dialect}-${patients}-${fingerprint()}`;
  const dir = join(benchRoot, 'datasets', key);
  const manifestFile = join(dir, 'manifest.json');
  const dbName = `sotchart_bench_${patients}_${fingerprint()}`;
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Dataset;
    if (dialect === 'sqlite' || (await postgresDatabaseExists(dbName))) {
      await bringForward(manifest, log);
      return manifest;
    }
  }
  log(`building the ${patients}-patient data set on ${dialect} (cached in ${dir})`);
  await removeStale(dialect, patients, key, dbName);
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  let built: Awaited<ReturnType<typeof build>>;
  if (dialect === 'sqlite') {
    built = await build('sqlite', patients, building, log);
  } else {
    await adminQuery(`drop database if exists ${dbName}_building with (force)`);
    await adminQuery(`create database ${dbName}_building`);
    built = await build('postgres', patients, databaseUrl(`${dbName}_building`), log);
    await adminQuery(`drop database if exists ${dbName} with (force)`);
    await adminQuery(`alter database ${dbName}_building rename to ${dbName}`);
  }
  const manifest: Dataset = {
    dialect,
    patients,
    visits: patients * visitsPerPatient,
    dataDir: dir,
    databaseUrl: dialect === 'postgres' ? databaseUrl(dbName) : null,
    password,
    ...built,
  };
  writeFileSync(join(building, 'manifest.json'), JSON.stringify(manifest, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`  built in ${manifest.buildSeconds.toFixed(0)} s`);
  return manifest;
}

/** Drops earlier builds of the same size and dialect (another schema or generator version). */
async function removeStale(dialect: DialectName, patients: number, key: string, dbName: string) {
  const datasets = join(benchRoot, 'datasets');
  if (existsSync(datasets)) {
    for (const entry of readdirSync(datasets)) {
      if (entry.startsWith(`${dialect}-${patients}-`) && entry !== key && !entry.endsWith('.building')) {
        rmSync(join(datasets, entry), { recursive: true, force: true });
      }
    }
  }
  if (dialect !== 'postgres') return;
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    const stale = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1 and datname <> $2 and datname not like '%building'",
      [`sotchart_bench_${patients}_%`, dbName],
    );
    for (const { datname } of stale.rows)
      await client.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await client.end();
  }
}

async function postgresDatabaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    const result = await client.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

/** The environment that points a server at this data set. */
export function datasetEnv(dataset: Dataset): Record<string, string> {
  return dataset.databaseUrl === null
    ? { DATA_DIR: dataset.dataDir }
    : { DATABASE_URL: dataset.databaseUrl, DATA_DIR: dataset.dataDir };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dialect = 'sqlite', size = '1000'] = process.argv.slice(2);
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('dialect: sqlite or postgres');
  const dataset = await ensureDataset(dialect, Number(size));
  console.log(JSON.stringify({ ...dataset, samplePatientIds: dataset.samplePatientIds.length }, null, 2));
}
