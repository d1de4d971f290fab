// API throughput on SQLite and PostgreSQL, authenticated, against a bare Fastify hello-world and the
// server's own stack (session check + audit row) measured in the same run:
//   (a) bare Fastify   (b) trivial route   (c) patient timeline   (d) visit draft save   (e) POST /api/analyze
//   node --import tsx bench/src/throughput-bench.ts        (or `npm run bench` for every benchmark)
import type autocannon from 'autocannon';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
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
  readonly analyze: LoadFigure;
  readonly peakRssMiB: number;
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
 * draft, so no save conflicts with another.
 */
function draftSaveRequests(states: Map<string, DraftState>): autocannon.Request[] {
  const ids = [...states.keys()];
  let next = 0;
  type Context = { visitId?: string };
  return [
    {
      method: 'PATCH',
      setupRequest: (request, context: Context) => {
        context.visitId ??= ids[next++ % ids.length] as string;
        const state = states.get(context.visitId) as DraftState;
        state.flip = !state.flip;
        let changed = false;
        const findings = state.findings.map((f) => {
          if (changed || typeof f.mm !== 'number') return f;
          changed = true;
          return { ...f, mm: state.flip ? f.mm + 1 : f.mm };
        });
        return {
          ...request,
          path: `/api/visits/${context.visitId}`,
          body: JSON.stringify({ version: state.version, pain: state.flip ? 4 : 5, findings }),
        };
      },
      onResponse: (status, body, context: Context) => {
        const state = states.get(context.visitId ?? '');
        if (state === undefined) return;
        const parsed = JSON.parse(body) as { version?: number; current?: { version: number } };
        if (status === 200 && parsed.version !== undefined) state.version = parsed.version;
        else if (status === 409 && parsed.current !== undefined) state.version = parsed.current.version;
      },
    },
  ];
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
    const draftIds = dataset.sampleDraftIds.slice(0, options.connections);
    const states = await readDrafts(server, session, draftIds);
    const draftSave = await measureLoad('(d) visit draft save', {
      ...load,
      prepare: async () => {
        await readDrafts(server, session, draftIds, states);
      },
      url: server.url,
      headers: { ...headers, 'content-type': 'application/json' },
      requests: draftSaveRequests(states),
    });
    const sample = states.values().next().value as DraftState;
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
      analyze,
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
  for (const f of [r.bare, r.trivial, r.sessionOnly, r.timeline, r.draftSave, r.analyze]) {
    console.log(
      `  ${f.name.padEnd(40)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  non-2xx ${f.non2xx}  errors ${f.errors}`,
    );
  }
  const q = throughputRatios(r);
  console.log(
    `  c/a ${q.timelineToBare.toFixed(3)}  c/b ${q.timelineToTrivial.toFixed(3)}  d/b ${q.draftSaveToTrivial.toFixed(3)}  e/b ${q.analyzeToTrivial.toFixed(3)}  peak RSS ${r.peakRssMiB.toFixed(0)} MiB`,
  );
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

if (process.argv[1] === fileURLToPath(import.meta.url)) await runThroughputBench();
