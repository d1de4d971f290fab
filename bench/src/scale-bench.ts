// Scale: the patient timeline and the patient search at 1 000 and at 100 000 patients (10 visits each,
// with findings), on SQLite and PostgreSQL. Latency is timed request by request on one connection (so
// the p50 is the query's own cost, not queueing); then autocannon loads each route to report the
// throughput and the server's RSS under load. Target: p50 at 100 000 ≤ 1.3 × p50 at 1 000.
//   node --import tsx bench/src/scale-bench.ts [sqlite|postgres]   (or `npm run bench`)
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { datasetEnv, ensureDataset, type Dataset } from './dataset/dataset';
import { measureLoad } from './load/measure-load';
import { saveResult } from './report/results';
import { sampleRss, startChildServer } from './support/child-server';
import { signInHttp, type HttpSession } from './support/http-session';

export interface LatencyFigure {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
}

export interface ScalePoint {
  readonly patients: number;
  readonly timeline: LatencyFigure;
  readonly search: LatencyFigure;
  readonly timelineLoadRps: number;
  readonly searchLoadRps: number;
  readonly peakRssMiB: number;
}

export interface ScaleReport {
  readonly dialect: DialectName;
  readonly small: ScalePoint;
  readonly large: ScalePoint;
  readonly timelineRatio: number;
  readonly searchRatio: number;
}

export interface ScaleOptions {
  readonly sizes: readonly [number, number];
  readonly dialects: readonly DialectName[];
  readonly requests: number;
  readonly loadSeconds: number;
  readonly connections: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Times `requests` GETs one after another over a kept-alive connection, after a short warm-up; stops
 * early (after at least 30) when `maxSeconds` have passed.
 */
async function timeSequential(
  baseUrl: string,
  session: HttpSession,
  paths: readonly string[],
  requests: number,
  maxSeconds = 90,
): Promise<LatencyFigure> {
  const get = async (path: string): Promise<number> => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers: session.headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return performance.now() - started;
  };
  // Warm-up and measurement are time-boxed, so a route that takes a second per request still ends.
  const warmupEnd = performance.now() + 10_000;
  for (let i = 0; i < Math.min(50, requests) && performance.now() < warmupEnd; i += 1) {
    await get(paths[i % paths.length] as string);
  }
  const times: number[] = [];
  const end = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < requests && (i < 30 || performance.now() < end); i += 1) {
    times.push(await get(paths[i % paths.length] as string));
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), requests: times.length };
}

async function measurePoint(dataset: Dataset, options: ScaleOptions): Promise<ScalePoint> {
  const server = await startChildServer(datasetEnv(dataset), {
    file: fileURLToPath(new URL('./load/bench-server.ts', import.meta.url)),
  });
  try {
    const session = await signInHttp(server.url, dataset.email, dataset.password);
    const timelinePaths = dataset.samplePatientIds.map((id) => `/api/patients/${id}/timeline`);
    const searchPaths = dataset.sampleSearches.map((q) => `/api/patients?q=${encodeURIComponent(q)}`);
    const timeline = await timeSequential(server.url, session, timelinePaths, options.requests);
    const search = await timeSequential(server.url, session, searchPaths, options.requests);
    const rss = sampleRss(server);
    const rotating = (paths: readonly string[]) => {
      let next = 0;
      return [
        {
          method: 'GET' as const,
          setupRequest: (r: object) => ({ ...r, path: paths[next++ % paths.length] }),
        },
      ];
    };
    const load = {
      url: server.url,
      connections: options.connections,
      seconds: options.loadSeconds,
      warmupSeconds: 1,
      headers: { ...session.headers },
    };
    const timelineLoad = await measureLoad('timeline', { ...load, requests: rotating(timelinePaths) });
    const searchLoad = await measureLoad('search', { ...load, requests: rotating(searchPaths) });
    return {
      patients: dataset.patients,
      timeline,
      search,
      timelineLoadRps: timelineLoad.requestsPerSecond,
      searchLoadRps: searchLoad.requestsPerSecond,
      peakRssMiB: rss.stop(),
    };
  } finally {
    await server.stop();
  }
}

const ms = (v: number): string => `${v.toFixed(2)} ms`;

export const defaultScaleOptions: ScaleOptions = {
  sizes: [1000, 100_000],
  dialects: ['sqlite', 'postgres'],
  requests: 400,
  loadSeconds: 8,
  connections: 8,
};

/** Runs the scale benchmark on each dialect and saves the figures for BENCHMARKS.md. */
export async function runScaleBench(options: ScaleOptions = defaultScaleOptions): Promise<ScaleReport[]> {
  const reports: ScaleReport[] = [];
  for (const dialect of options.dialects) {
    const [smallSize, largeSize] = options.sizes;
    const small = await measurePoint(await ensureDataset(dialect, smallSize), options);
    const large = await measurePoint(await ensureDataset(dialect, largeSize), options);
    const report: ScaleReport = {
      dialect,
      small,
      large,
      timelineRatio: large.timeline.p50Ms / small.timeline.p50Ms,
      searchRatio: large.search.p50Ms / small.search.p50Ms,
    };
    console.log(`scale on ${dialect}: ${smallSize} vs ${largeSize} patients`);
    for (const [name, key] of [
      ['timeline', 'timeline'],
      ['search', 'search'],
    ] as const) {
      console.log(
        `  ${name.padEnd(9)} p50 ${ms(small[key].p50Ms)} → ${ms(large[key].p50Ms)} (×${(large[key].p50Ms / small[key].p50Ms).toFixed(2)}), ` +
          `p99 ${ms(small[key].p99Ms)} → ${ms(large[key].p99Ms)}`,
      );
    }
    console.log(
      `  under load: timeline ${small.timelineLoadRps.toFixed(0)} → ${large.timelineLoadRps.toFixed(0)} req/s, ` +
        `search ${small.searchLoadRps.toFixed(0)} → ${large.searchLoadRps.toFixed(0)} req/s; ` +
        `peak RSS ${small.peakRssMiB.toFixed(0)} → ${large.peakRssMiB.toFixed(0)} MiB`,
    );
    reports.push(report);
  }
  saveResult('scale', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `… scale-bench.ts sqlite` (or `postgres`) measures one database only.
  const only = process.argv.slice(2).filter((a): a is DialectName => a === 'sqlite' || a === 'postgres');
  await runScaleBench(only.length === 0 ? defaultScaleOptions : { ...defaultScaleOptions, dialects: only });
}
