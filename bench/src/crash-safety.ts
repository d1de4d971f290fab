// Crash safety: writers chart visits and addenda as fast as the server answers and log every id it
// acknowledges; after at least 100 acknowledged writes the server gets SIGKILL at a random moment; it
// restarts on the same database, and every acknowledged id must be present and intact, every stored
// visit must have its audit row (committed with it, chained by the restart), the database must pass
// its integrity check and the audit chain must verify.
//   node --import tsx bench/src/crash-safety.ts [trials]      (or `npm run reliability`)
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { patientInput } from '@sotchart/test-support';
import { AckLog, runWriters } from './crash/crash-writer';
import { verifyAcks, type AckCheck } from './crash/verify-acks';
import { saveResult } from './report/results';
import { startChildServer, type ChildServer } from './support/child-server';
import { callJson, signInHttp, type HttpSession } from './support/http-session';
import { scratchDatabase, type ScratchDatabase } from './support/scratch-database';

export interface CrashTrial {
  readonly trial: number;
  /** Writes the server acknowledged in this trial before it was killed. */
  readonly ackedWrites: number;
  /** When the kill came, after the 100th acknowledgement (ms). */
  readonly killDelayMs: number;
  /** Acknowledged ids of every trial so far that the restart lost or found damaged. */
  readonly lost: number;
  readonly damaged: number;
  readonly unaudited: number;
  readonly storedWithoutAudit: number;
  readonly integrityOk: boolean;
  readonly auditChainsOk: boolean;
  readonly problems: readonly string[];
}

export interface CrashReport {
  readonly dialect: DialectName;
  /** Servers sharing the database (2 for the scale-out check). */
  readonly servers: number;
  readonly trials: readonly CrashTrial[];
  readonly ackedIdsChecked: number;
}

export interface CrashOptions {
  readonly trials: number;
  readonly minAcks: number;
  /** The kill comes uniformly within this many ms after `minAcks` acknowledgements. */
  readonly killWindowMs: number;
  readonly workers: number;
  /** Servers over the one database, used round-robin; a trial kills one of them at random. */
  readonly servers: number;
  readonly log?: (line: string) => void;
}

function problemsOf(check: AckCheck): string[] {
  return [
    ...check.lost.map((id) => `lost ${id}`),
    ...check.damaged.map((id) => `damaged ${id}`),
    ...check.unaudited.map((id) => `unaudited ${id}`),
    ...(check.storedWithoutAudit === 0 ? [] : [`${check.storedWithoutAudit} visits stored without audit`]),
    ...(check.unchainedAudit === 0 ? [] : [`${check.unchainedAudit} audit rows not chained after restart`]),
    ...check.integrity,
    ...(check.auditChainsOk ? [] : ['audit chain does not verify']),
  ];
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Runs the trials against servers already running on `database` (round-robin; a trial kills one of
 * them at random and restarts it in place in `servers`), signed in as `session`.
 */
export async function crashTrialsOn(
  database: ScratchDatabase,
  servers: ChildServer[],
  session: HttpSession,
  options: Omit<CrashOptions, 'servers'>,
): Promise<CrashReport> {
  const say = options.log ?? (() => undefined);
  const first = servers[0] as ChildServer;
  const patientIds: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const res = await callJson<{ id: string }>(
      first.url,
      session,
      'POST',
      '/api/patients',
      patientInput({ chartNumber: `CRASH-${randomUUID().slice(0, 8)}` }),
    );
    if (res.status !== 201) throw new Error(`create patient answered ${res.status}`);
    patientIds.push(res.body.id);
  }
  const log = new AckLog(join(database.dataDir, 'acks.jsonl'));
  const trials: CrashTrial[] = [];
  for (let trial = 1; trial <= options.trials; trial += 1) {
    const stop = { stopped: false };
    const writing = runWriters(
      { urls: servers.map((s) => s.url), session, patientIds, log, trial, workers: options.workers },
      stop,
    );
    let failed: unknown = null;
    writing.catch((error: unknown) => (failed = error));
    await waitFor(() => log.countFor(trial) >= options.minAcks || failed !== null, 120_000);
    if (failed !== null) throw failed;
    const killDelayMs = Math.random() * options.killWindowMs;
    await new Promise((resolve) => setTimeout(resolve, killDelayMs));
    const victim = Math.floor(Math.random() * servers.length);
    stop.stopped = true;
    await (servers[victim] as ChildServer).stop('SIGKILL');
    await writing;
    const ackedWrites = log.countFor(trial);
    servers[victim] = await startChildServer(database.env);
    const handle = await database.open();
    let check: AckCheck;
    try {
      check = await verifyAcks(handle, log);
    } finally {
      await handle.close();
    }
    const result: CrashTrial = {
      trial,
      ackedWrites,
      killDelayMs: Math.round(killDelayMs),
      lost: check.lost.length,
      damaged: check.damaged.length,
      unaudited: check.unaudited.length,
      storedWithoutAudit: check.storedWithoutAudit,
      integrityOk: check.integrity.length === 0,
      auditChainsOk: check.auditChainsOk,
      problems: problemsOf(check).slice(0, 20),
    };
    trials.push(result);
    say(
      `  ${database.dialect} trial ${trial}: ${ackedWrites} acknowledged, killed ${result.killDelayMs} ms after the ${options.minAcks}th` +
        `${servers.length > 1 ? ` (server ${victim + 1} of ${servers.length})` : ''}; ` +
        `lost ${result.lost}, damaged ${result.damaged}, unaudited ${result.unaudited}, ` +
        `stored without audit ${result.storedWithoutAudit}, ` +
        `integrity ${result.integrityOk ? 'ok' : 'FAILED'}, audit chain ${result.auditChainsOk ? 'ok' : 'FAILED'}`,
    );
  }
  return {
    dialect: database.dialect,
    servers: servers.length,
    trials,
    ackedIdsChecked: log.visits.size + log.addenda.size,
  };
}

/** Runs the trials on a fresh database and servers, dropped at the end. */
export async function runCrashTrials(dialect: DialectName, options: CrashOptions): Promise<CrashReport> {
  if (dialect === 'sqlite' && options.servers > 1) throw new Error('SQLite is served by one process');
  const database: ScratchDatabase = await scratchDatabase(dialect, 'crash');
  const servers: ChildServer[] = [];
  try {
    for (let i = 0; i < options.servers; i += 1) servers.push(await startChildServer(database.env));
    const session = await signInHttp((servers[0] as ChildServer).url, database.email, database.password);
    return await crashTrialsOn(database, servers, session, options);
  } finally {
    for (const server of servers) await server.stop('SIGKILL');
    await database.drop();
  }
}

export const fullCrashOptions: CrashOptions = {
  trials: 20,
  minAcks: 100,
  killWindowMs: 500,
  workers: 8,
  servers: 1,
  log: console.log,
};

/** The full run: 20 trials on SQLite and 20 on PostgreSQL. */
export async function runCrashSafety(options: CrashOptions = fullCrashOptions): Promise<CrashReport[]> {
  const reports: CrashReport[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    console.log(`crash safety on ${dialect}: ${options.trials} trials`);
    reports.push(await runCrashTrials(dialect, options));
  }
  saveResult('crash-safety', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const trials = Number(process.argv[2] ?? fullCrashOptions.trials);
  await runCrashSafety({ ...fullCrashOptions, trials });
}
