import type { DialectName } from '@sotchart/server/db/connect';
import type { RouteProfile } from '../load/profile-routes';
import type { LoadFigure } from '../load/measure-load';
import { throughputRatios, type ThroughputReport } from '../throughput-bench';
import { dialectName, measuredAt, n0, n2, table, verdict } from './figure-format';
import type { SavedResult } from './results';
import { benchCommand, type SummaryRow } from './summary-row';

/** The CPU profiles of the benchmark server per route, before and after issue 23's changes. */
export interface SavedProfiles {
  readonly before: Partial<Record<DialectName, SavedResult<RouteProfile[]>>>;
  readonly after: Partial<Record<DialectName, SavedResult<RouteProfile[]>>>;
}

export const profileCommand =
  'node --import tsx bench/src/load/profile-routes.ts sqlite|postgres 8 profile-after';

const rate = (f: LoadFigure): string =>
  `${n0(f.requestsPerSecond)} req/s (p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms)`;

/** Why a route is no faster, from its profile: the wait when the server is mostly idle, else the top line. */
function limit(profiles: SavedProfiles, dialect: DialectName, route: string): string {
  const profile = profiles.after[dialect]?.data.find((p) => p.route.startsWith(route));
  if (profile === undefined) return 'see Per-request cost';
  const top = profile.profile.top[0];
  const idle = profile.profile.idlePercent;
  const waiting =
    idle >= 30
      ? `the server is idle ${idle} % of the time, each answer waiting for its audit row's commit; `
      : '';
  return `${waiting}top self time \`${top?.fn ?? '?'}\` ${top?.selfPercent ?? 0} % of busy CPU in the profile of ${profile.route}; see Per-request cost`;
}

/** Issue 23's targets, one row each, with p50 and p99 beside the ratio. */
export function requestCostRows(r: ThroughputReport, profiles: SavedProfiles): SummaryRow[] {
  const db = dialectName(r.dialect);
  const q = throughputRatios(r);
  const bare = `${n0(r.bare.requestsPerSecond)} req/s`;
  const toBare = (f: LoadFigure): number => f.requestsPerSecond / r.bare.requestsPerSecond;
  const rows: SummaryRow[] = [];
  if (r.publicNotFound !== undefined) {
    const ratio = toBare(r.publicNotFound);
    rows.push({
      figure: `Public trivial route (404, no session) vs bare Fastify (p/a), ${db}`,
      value: rate(r.publicNotFound),
      baseline: bare,
      ratio: n2(ratio),
      target: '≥ 0.50',
      verdict: verdict(ratio >= 0.5, limit(profiles, r.dialect, 'public 404')),
      command: benchCommand,
    });
  }
  const b0 = toBare(r.sessionOnly);
  const b = toBare(r.trivial);
  rows.push(
    {
      figure: `Session check only vs bare Fastify (b0/a), ${db}`,
      value: rate(r.sessionOnly),
      baseline: bare,
      ratio: n2(b0),
      target: '≥ 0.40',
      verdict: verdict(b0 >= 0.4, limit(profiles, r.dialect, '(b0)')),
      command: benchCommand,
    },
    {
      figure: `Session check and durable audit row vs bare Fastify (b/a), ${db}`,
      value: rate(r.trivial),
      baseline: bare,
      ratio: n2(b),
      target: '≥ 0.25',
      verdict: verdict(b >= 0.25, limit(profiles, r.dialect, '(b)')),
      command: benchCommand,
    },
    {
      figure: `Timeline vs same stack, trivial route (c/b), ${db}`,
      value: rate(r.timeline),
      baseline: `${n0(r.trivial.requestsPerSecond)} req/s`,
      ratio: n2(q.timelineToTrivial),
      target: '≥ 0.70',
      verdict: verdict(q.timelineToTrivial >= 0.7, limit(profiles, r.dialect, '(c)')),
      command: benchCommand,
    },
    {
      figure: `Timeline vs bare Fastify (c/a), ${db}`,
      value: rate(r.timeline),
      baseline: bare,
      ratio: n2(q.timelineToBare),
      target: '≥ 0.20',
      verdict: verdict(q.timelineToBare >= 0.2, limit(profiles, r.dialect, '(c)')),
      command: benchCommand,
    },
  );
  if (r.draftSave50 !== undefined) {
    const spread = r.draftSave50.p99Ms / Math.max(1, r.draftSave50.p50Ms);
    const wait = r.lockWait?.draftSave50.lockWait;
    rows.push({
      figure: `Draft save p99 vs p50, 50 concurrent savers (d50), ${db}`,
      value: `p99 ${r.draftSave50.p99Ms} ms (${n0(r.draftSave50.requestsPerSecond)} req/s)`,
      baseline: `p50 ${r.draftSave50.p50Ms} ms`,
      ratio: n2(spread),
      target: '≤ 3',
      verdict: verdict(
        spread <= 3,
        `saves queue for the one write lock${
          wait === undefined || wait.begins === 0 ? '' : ` (waits p99 ${wait.p99Ms} ms, max ${wait.maxMs} ms)`
        }; see Per-request cost`,
      ),
      command: benchCommand,
    });
  }
  return rows;
}

function profileTable(before: RouteProfile[] | undefined, after: RouteProfile[] | undefined): string {
  const top = (p: RouteProfile | undefined): string =>
    p === undefined
      ? '—'
      : p.profile.top
          .slice(0, 6)
          .map((l) => `${l.selfPercent} % \`${l.fn}\``)
          .join('<br>');
  const load = (p: RouteProfile | undefined): string =>
    p === undefined ? '—' : `${n0(p.load.requestsPerSecond)} req/s, idle ${p.profile.idlePercent} %`;
  const routes = [...new Set([...(before ?? []), ...(after ?? [])].map((p) => p.route))];
  return table(
    ['route', 'before', 'top self time before', 'after', 'top self time after'],
    routes.map((route) => {
      const b = before?.find((p) => p.route === route);
      const a = after?.find((p) => p.route === route);
      return [route, load(b), top(b), load(a), top(a)];
    }),
  );
}

/** The "Per-request cost" subsection: profiles before and after, and the audit worker's lock figures. */
export function requestCostLines(profiles: SavedProfiles, throughput: readonly ThroughputReport[]): string[] {
  const dialects = (['sqlite', 'postgres'] as const).filter(
    (d) => profiles.before[d] !== undefined || profiles.after[d] !== undefined,
  );
  if (dialects.length === 0) return [];
  const dates = dialects
    .flatMap((d) => [profiles.before[d], profiles.after[d]])
    .filter((s) => s !== undefined);
  return [
    `### Per-request cost: CPU profiles (measured ${dates.map(measuredAt).sort()[0]} to ${dates.map(measuredAt).sort().at(-1)} UTC)`,
    '',
    'The benchmark server under autocannon (16 connections, 8 s after a 2 s warm-up, signed in but for the 404) ' +
      'with `node --cpu-prof`, one server process per route; self time as a share of the samples in which the ' +
      'process was busy, and the share it was idle. The profile covers the whole process, so start-up (module ' +
      'compilation, `esbuild`/`tsx`) takes a few per cent. `writeUtf8String` and `writev` are the socket writes of ' +
      'answers and of PostgreSQL queries: on this virtual machine a system call costs tens of microseconds. ' +
      '`executeQuery` of Kysely’s SQLite driver is the time inside SQLite (better-sqlite3 runs statements ' +
      'synchronously). Before and after are separate runs on a shared machine: compare the profile shares, and ' +
      'the ratios of one run in the table above.',
    '',
    'What changed: one log line per request (Fastify’s two replaced by a `LogController`) written through pino’s ' +
      'asynchronous destination; request ids from a per-process random prefix and a counter instead of a UUID; ' +
      'the 404 of an unknown path built without an `Error` (capturing its stack was 7–10 % of the 404); the ' +
      'session hook and the audit hook are callback hooks that return at once on requests without a session ' +
      'cookie or without audit work, instead of a promise each; the session lookup and touch are compiled by ' +
      'Kysely once (`db/compiled-query.ts`), and the two SHA-256 digests of the cookie (stored hash, CSRF token) ' +
      'are remembered for recent tokens. On SQLite the audit rows of reads, and the chaining of every row, run on ' +
      'a worker thread with its own connection (`audit/chain-worker.ts`), so the fsync of an audit commit no ' +
      'longer stops the event loop; an answer still leaves only once its audit row is durable. The worker and the ' +
      'server take turns at SQLite’s write lock through a ticket lock in shared memory (`db/write-lock.ts`): a ' +
      'transaction waits for its turn without blocking its thread, and the worker commits at most 64 rows a ' +
      'transaction. On PostgreSQL the commit already waits on the network, not the thread; the profile there is ' +
      'dominated by the socket writes of its queries, so the change there is fewer statements (a batch of reads ' +
      'no longer looks for unchained write rows unless a write announced one).',
    '',
    `Command: \`${profileCommand}\` (and \`profile-before\` on the code before the change).`,
    '',
    ...dialects.flatMap((d) => [
      `**${dialectName(d)}**`,
      '',
      profileTable(profiles.before[d]?.data, profiles.after[d]?.data),
      '',
    ]),
    ...throughput.flatMap((r) => {
      const w = r.lockWait;
      if (w === undefined || r.dialect !== 'sqlite') return [];
      const line = (name: string, x: typeof w.draftSave) =>
        `${name}: ${n0(x.lockWait.begins)} transactions of the server began, ${n0(x.lockWait.waited)} waited 0.5 ms or more ` +
        `for the write lock (p50 ${x.lockWait.p50Ms} ms, p99 ${x.lockWait.p99Ms} ms, longest ${x.lockWait.maxMs} ms, ` +
        `${x.lockWait.totalMs.toFixed(0)} ms in all); the worker committed ${n0(x.audit.transactions)} audit transactions ` +
        `since the server started, the longest holding the lock ${x.audit.maxHeldMs.toFixed(1)} ms.`;
      return [
        'Waits for SQLite’s write lock while the audit worker holds it, during the throughput run’s draft saves ' +
          '(the wait does not block the event loop):',
        '',
        `- ${line('(d) 16 savers', w.draftSave)}`,
        `- ${line('(d50) 50 savers', w.draftSave50)}`,
        '',
      ];
    }),
  ];
}
