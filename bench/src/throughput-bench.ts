// API throughput on SQLite and PostgreSQL, authenticated, against a bare Fastify hello-world and the
// server's own stack (session check + audit row) measured in the same run:
//   (a) bare Fastify   (b) trivial route   (c) patient timeline   (d) visit draft save   (e) POST /api/analyze
//   node --import tsx bench/src/throughput-bench.ts [sqlite|postgres]   (or `npm run bench` for every benchmark)
import type autocannon from 'autocannon';
import { fileURLToPath } from 'node:url';
import type { AuditCommitStats } from '@sotchart/server/audit/audit-committer';
import type { DialectName } from '@sotchart/server/db/connect';
import type { LockWaitStats } from '@sotchart/server/db/lock-wait';
import { datasetEnv, ensureDataset, type Dataset } from './dataset/dataset';
import { measureLoad, type LoadFigure } from './load/measure-load';
import { sampleRss, startChildServer, type ChildServer } from './support/child-server';
import { callJson, signInHttp, type HttpSession } from './support/http-session';
import { saveResult } from './report/results';

export interface ThroughputOptions {
  readonly patients: number;
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly dialects: readonly DialectName[];
}

export interface ThroughputReport {
  readonly dialect: DialectName;
  readonly durability: string;
  readonly patients: number;
  readonly connections: number;
  readonly seconds: number;
  readonly bare: LoadFigure;
  readonly trivial: LoadFigure;
  /** The trivial route without its audit row: the session check alone (a diagnostic, not a target). */
  readonly sessionOnly: LoadFigure;
  readonly timeline: LoadFigure;
  readonly draftSave: LoadFigure;
  /** Draft saves with 50 connections, each its own draft (p99 against p50). */
  readonly draftSave50?: LoadFigure;
  readonly analyze: LoadFigure;
  /** A route that does not exist, without a session cookie: the cost every request pays (all 404). */
  readonly publicNotFound?: LoadFigure;
  /**
   * How long the server's transactions waited for SQLite's write lock during the draft saves (the
   * audit worker holds it while it commits); none on PostgreSQL.
   */
  readonly lockWait?: { readonly draftSave: BenchLockWait; readonly draftSave50: BenchLockWait };
  readonly peakRssMiB: number;
}

/** The bench server's `/api/bench/lock-wait` answer. */
export interface BenchLockWait {
  readonly lockWait: LockWaitStats;
  readonly audit: AuditCommitStats;
}

async function lockWait(server: ChildServer, session: HttpSession, reset: boolean): Promise<BenchLockWait> {
  const res = await callJson<BenchLockWait>(
    server.url,
    session,
    'GET',
    `/api/bench/lock-wait${reset ? '?reset=1' : ''}`,
  );
  if (res.status !== 200) throw new Error(`lock-wait answered ${res.status}`);
  return res.body;
}

export const durability = {
  sqlite: 'SQLite WAL, synchronous=FULL (fsync at every commit)',
  postgres: 'PostgreSQL 15 defaults: fsync=on, synchronous_commit=on, full_page_writes=on',
} as const;

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

interface DraftState {
  version: number;
  findings: Record<string, unknown>[];
  flip: boolean;
}

/**
 * Reads the drafts each connection will save, so every save sends the version it last read. Run again
 * before each autocannon run: a run ends with saves in flight whose answers it never reads.
 */
async function readDrafts(
  server: ChildServer,
  session: HttpSession,
  ids: readonly string[],
  states = new Map<string, DraftState>(),
) {
  for (const id of ids) {
    const res = await callJson<{ version: number; findings: Record<string, unknown>[] }>(
      server.url,
      session,
      'GET',
      `/api/visits/${id}`,
    );
    if (res.status !== 200) throw new Error(`draft ${id} answered ${res.status}`);
    const flip = states.get(id)?.flip ?? false;
    states.set(id, {
      version: res.body.version,
      findings: states.get(id)?.findings ?? res.body.findings,
      flip,
    });
  }
  return states;
}

/**
 * Draft saves as the charting screen's autosave sends them: the whole finding set with one
 * measurement changed and the pain score, with the version last read. Each connection saves its own
 * draft, so no save conflicts with another. autocannon clears a connection's context after each
 * request, so the draft is not kept there: a save takes a draft from the free ones and gives it back
 * with its answer, and as a connection sends its next save straight after reading an answer, it takes
 * back the draft it has just given (last in, first out). `reset` frees every draft before a run.
 */
function draftSaveRequests(states: Map<string, DraftState>): {
  requests: autocannon.Request[];
  reset(): void;
} {
  let free: string[] = [];
  const reset = (): void => {
    free = [...states.keys()].reverse();
  };
  reset();
  type Context = { visitId?: string };
  const requests: autocannon.Request[] = [
    {
      method: 'PATCH',
      setupRequest: (request, context: Context) => {
        const visitId = free.pop();
        if (visitId === undefined) throw new Error('more connections than drafts');
        context.visitId = visitId;
        const state = states.get(visitId) as DraftState;
        state.flip = !state.flip;
        let changed = false;
        const findings = state.findings.map((f) => {
          if (changed || typeof f.mm !== 'number') return f;
          changed = true;
          return { ...f, mm: state.flip ? f.mm + 1 : f.mm };
        });
        return {
          ...request,
          path: `/api/visits/${visitId}`,
          body: JSON.stringify({ version: state.version, pain: state.flip ? 4 : 5, findings }),
        };
      },
      onResponse: (status, body, context: Context) => {
        const visitId = context.visitId;
        const state = states.get(visitId ?? '');
        if (visitId === undefined || state === undefined) return;
        free.push(visitId);
        const parsed = JSON.parse(body) as { version?: number; current?: { version: number } };
        if (status === 200 && parsed.version !== undefined) state.version = parsed.version;
        else if (status === 409 && parsed.current !== undefined) state.version = parsed.current.version;
      },
    },
  ];
  return { requests, reset };
}

function rotating(paths: readonly string[]): autocannon.Request[] {
  let next = 0;
  return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}

async function bareFastify(options: ThroughputOptions): Promise<LoadFigure> {
  const hello = await startChildServer({}, { file: here('./load/hello-server.ts') });
  try {
    return await measureLoad('(a) bare Fastify hello-world', {
      url: `${hello.url}/`,
      connections: options.connections,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
    });
  } finally {
    await hello.stop();
  }
}

async function onDialect(options: ThroughputOptions, dataset: Dataset): Promise<ThroughputReport> {
  const bare = await bareFastify(options);
  const server = await startChildServer(datasetEnv(dataset), { file: here('./load/bench-server.ts') });
  try {
    const session = await signInHttp(server.url, dataset.email, dataset.password);
    const headers = { ...session.headers };
    const load = {
      connections: options.connections,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      headers,
    };
    const rss = sampleRss(server);
    const publicNotFound = await measureLoad('(p) public 404, no session', {
      ...load,
      headers: {},
      url: `${server.url}/api/no-such-route`,
    });
    const trivial = await measureLoad('(b) trivial route: session + audit row', {
      ...load,
      url: `${server.url}/api/bench/ping`,
    });
    const sessionOnly = await measureLoad('(b0) session check only, no audit row', {
      ...load,
      url: `${server.url}/api/bench/session`,
    });
    const timeline = await measureLoad('(c) patient timeline', {
      ...load,
      url: server.url,
      requests: rotating(dataset.samplePatientIds.map((id) => `/api/patients/${id}/timeline`)),
    });
    const draftSaves = async (name: string, connections: number) => {
      const draftIds = dataset.sampleDraftIds.slice(0, connections);
      if (draftIds.length < connections) throw new Error(`the data set has ${draftIds.length} drafts`);
      const states = await readDrafts(server, session, draftIds);
      const drafts = draftSaveRequests(states);
      const figure = await measureLoad(name, {
        ...load,
        connections,
        prepare: async () => {
          // Saves the last run left in flight still land after it ends: let them, then read the versions.
          await new Promise((resolve) => setTimeout(resolve, 500));
          await readDrafts(server, session, draftIds, states);
          drafts.reset();
          await lockWait(server, session, true);
        },
        url: server.url,
        headers: { ...headers, 'content-type': 'application/json' },
        requests: drafts.requests,
      });
      return { figure, lockWait: await lockWait(server, session, false), states };
    };
    const saves = await draftSaves('(d) visit draft save', options.connections);
    const draftSave = saves.figure;
    const saves50 = await draftSaves('(d50) draft save, 50 savers', 50);
    const sample = saves.states.values().next().value as DraftState;
    const analyze = await measureLoad('(e) POST /api/analyze', {
      ...load,
      url: `${server.url}/api/analyze`,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ findings: sample.findings }),
    });
    return {
      dialect: dataset.dialect,
      durability: durability[dataset.dialect],
      patients: dataset.patients,
      connections: options.connections,
      seconds: options.seconds,
      bare,
      trivial,
      sessionOnly,
      timeline,
      draftSave,
      draftSave50: saves50.figure,
      analyze,
      publicNotFound,
      lockWait: { draftSave: saves.lockWait, draftSave50: saves50.lockWait },
      peakRssMiB: rss.stop(),
    };
  } finally {
    await server.stop();
  }
}

const ratio = (x: LoadFigure, y: LoadFigure): number => x.requestsPerSecond / y.requestsPerSecond;

export function throughputRatios(r: ThroughputReport) {
  return {
    timelineToBare: ratio(r.timeline, r.bare),
    timelineToTrivial: ratio(r.timeline, r.trivial),
    draftSaveToTrivial: ratio(r.draftSave, r.trivial),
    analyzeToTrivial: ratio(r.analyze, r.trivial),
  };
}

function print(r: ThroughputReport): void {
  console.log(
    `throughput on ${r.dialect} (${r.durability}), ${r.connections} connections, ${r.seconds} s each`,
  );
  const figures = [
    r.bare,
    r.publicNotFound,
    r.trivial,
    r.sessionOnly,
    r.timeline,
    r.draftSave,
    r.draftSave50,
    r.analyze,
  ];
  for (const f of figures.filter((x) => x !== undefined)) {
    console.log(
      `  ${f.name.padEnd(40)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  non-2xx ${f.non2xx}  errors ${f.errors}`,
    );
  }
  const q = throughputRatios(r);
  console.log(
    `  c/a ${q.timelineToBare.toFixed(3)}  c/b ${q.timelineToTrivial.toFixed(3)}  d/b ${q.draftSaveToTrivial.toFixed(3)}  e/b ${q.analyzeToTrivial.toFixed(3)}  peak RSS ${r.peakRssMiB.toFixed(0)} MiB`,
  );
  if (r.lockWait !== undefined) console.log(`  lock wait ${JSON.stringify(r.lockWait)}`);
}

export const defaultThroughputOptions: ThroughputOptions = {
  patients: 1000,
  connections: 16,
  seconds: 10,
  warmupSeconds: 3,
  dialects: ['sqlite', 'postgres'],
};

/** Runs the throughput benchmark on each dialect and saves the figures for BENCHMARKS.md. */
export async function runThroughputBench(
  options: ThroughputOptions = defaultThroughputOptions,
): Promise<ThroughputReport[]> {
  const reports: ThroughputReport[] = [];
  for (const dialect of options.dialects) {
    const dataset = await ensureDataset(dialect, options.patients);
    const report = await onDialect(options, dataset);
    print(report);
    reports.push(report);
  }
  saveResult('throughput', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Dialects to measure (default both), e.g. `throughput-bench.ts sqlite`.
  const dialects = process.argv.slice(2).filter((a): a is DialectName => a === 'sqlite' || a === 'postgres');
  await runThroughputBench({
    ...defaultThroughputOptions,
    ...(dialects.length === 0 ? {} : { dialects }),
  });
}
