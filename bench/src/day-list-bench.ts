// Day list at scale (issue 22): GET /api/day-list for a day of exactly 40 appointments, in a clinic of
// 1 000 patients and 10 000 appointments and in one of 100 000 patients and 1 000 000 appointments
// (about three years of them), on SQLite and PostgreSQL. Requests are timed one after another on a
// kept-alive connection after a warm-up, against the real server, alternating between the two sizes.
// Target: p50 large ≤ 1.3 × p50 small.
//   node --import tsx bench/src/day-list-bench.ts [sqlite|postgres] [--keep]
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { buildDayListDataset, type DayListDataset, type DayListSize } from './dataset/day-list-dataset';
import { saveResult } from './report/results';
import { startChildServer } from './support/child-server';
import { signInHttp } from './support/http-session';

export interface DayListFigure {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly entries: number;
}

/** A data set as built: its size, the rows written per table and how long it took. */
export interface DayListBuild {
  readonly size: DayListSize;
  readonly rows: Readonly<Record<string, number>>;
  readonly buildSeconds: number;
}

/** One round of requests, alternating between the sizes. */
export interface DayListRound {
  readonly small: DayListFigure;
  readonly large: DayListFigure;
  readonly p50Ratio: number;
}

export interface DayListReport {
  readonly dialect: DialectName;
  readonly small: DayListBuild;
  readonly large: DayListBuild;
  readonly rounds: readonly DayListRound[];
  readonly medianRatio: number;
}

const sizes: readonly [DayListSize, DayListSize] = [
  { patients: 1000, appointments: 10_000, practitioners: 4 },
  { patients: 100_000, appointments: 1_000_000, practitioners: 24 },
];
/** A Wednesday; the data sets hold appointments from 876 days before it to 218 days after. */
const measuredDate = '2026-11-18';
const warmup = 50;
const requests = 400;
/** Rounds of `requests` per size, on the same servers: the median ratio tells noise from a trend. */
const rounds = 3;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A server on a data set, signed in, and a timed GET of the measured day's list. */
async function dayListClient(dataset: DayListDataset) {
  const server = await startChildServer(dataset.database.env, {
    file: fileURLToPath(new URL('./load/bench-server.ts', import.meta.url)),
  });
  const session = await signInHttp(server.url, dataset.database.email, dataset.database.password);
  const url = `${server.url}/api/day-list?date=${dataset.measuredDate}`;
  let entries = 0;
  const get = async (): Promise<number> => {
    const started = performance.now();
    const res = await fetch(url, { headers: session.headers });
    const body = (await res.json()) as { entries?: unknown[] };
    const elapsed = performance.now() - started;
    if (res.status !== 200) throw new Error(`day list answered ${res.status}`);
    entries = body.entries?.length ?? 0;
    return elapsed;
  };
  return { get, entries: () => entries, stop: () => server.stop() };
}

/**
 * Times the day list of both data sets, one request to each in turn, one after another (fetch keeps
 * each server's one connection alive): on a machine shared with other work, both sizes then see the
 * same background load, so their ratio is the data's doing and not the neighbours'.
 */
async function timeDayLists(datasets: readonly DayListDataset[]): Promise<DayListRound[]> {
  const clients: Awaited<ReturnType<typeof dayListClient>>[] = [];
  try {
    for (const dataset of datasets) clients.push(await dayListClient(dataset));
    for (let i = 0; i < warmup; i += 1) for (const c of clients) await c.get();
    const measured: DayListRound[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const times: number[][] = clients.map(() => []);
      for (let i = 0; i < requests; i += 1)
        for (const [n, c] of clients.entries()) times[n]!.push(await c.get());
      const [small, large] = clients.map((c, n): DayListFigure => {
        const sorted = times[n]!.sort((a, b) => a - b);
        if (c.entries() !== 40) throw new Error(`the measured day lists ${c.entries()} appointments, not 40`);
        return {
          p50Ms: percentile(sorted, 50),
          p99Ms: percentile(sorted, 99),
          requests: sorted.length,
          entries: c.entries(),
        };
      }) as [DayListFigure, DayListFigure];
      measured.push({ small, large, p50Ratio: large.p50Ms / small.p50Ms });
    }
    return measured;
  } finally {
    for (const c of clients) await c.stop();
  }
}

async function measureDialect(dialect: DialectName, keep: boolean): Promise<DayListReport> {
  const datasets: DayListDataset[] = [];
  try {
    for (const size of sizes) {
      const dataset = await buildDayListDataset(dialect, size, measuredDate);
      console.log(`  ${dialect} ${size.patients} patients built in ${dataset.buildSeconds.toFixed(0)} s`);
      datasets.push(dataset);
    }
    const measured = await timeDayLists(datasets);
    const build = (d: DayListDataset): DayListBuild => ({
      size: d.size,
      rows: d.rows,
      buildSeconds: d.buildSeconds,
    });
    const ratios = measured.map((r) => r.p50Ratio).sort((a, b) => a - b);
    return {
      dialect,
      small: build(datasets[0]!),
      large: build(datasets[1]!),
      rounds: measured,
      medianRatio: ratios[Math.floor(ratios.length / 2)] ?? 0,
    };
  } finally {
    for (const dataset of datasets) {
      if (keep) console.log(`  kept: ${JSON.stringify(dataset.database.env)}`);
      else await dataset.database.drop();
    }
  }
}

const ms = (v: number): string => `${v.toFixed(2)} ms`;

/** Runs the day-list benchmark on each dialect and saves the figures. */
export async function runDayListBench(
  dialects: readonly DialectName[] = ['sqlite', 'postgres'],
  keep = false,
): Promise<DayListReport[]> {
  const reports: DayListReport[] = [];
  for (const dialect of dialects) {
    const report = await measureDialect(dialect, keep);
    for (const { small, large, p50Ratio } of report.rounds)
      console.log(
        `day list on ${dialect}: p50 ${ms(small.p50Ms)} → ${ms(large.p50Ms)} (×${p50Ratio.toFixed(2)}), ` +
          `p99 ${ms(small.p99Ms)} → ${ms(large.p99Ms)}`,
      );
    console.log(`  median ratio ×${report.medianRatio.toFixed(2)} (target ≤ 1.3)`);
    reports.push(report);
  }
  saveResult('day-list', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const only = args.filter((a): a is DialectName => a === 'sqlite' || a === 'postgres');
  await runDayListBench(only.length === 0 ? ['sqlite', 'postgres'] : only, args.includes('--keep'));
}
