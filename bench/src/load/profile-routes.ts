// CPU profiles of the benchmark server under autocannon load, one server process per route: a public 404,
// the session-checked trivial route without its audit row (b0), the same with it (b), and a patient
// timeline (c). Prints each route's throughput and its top self-time functions, and saves them for
// BENCHMARKS.md.
//   node --import tsx bench/src/load/profile-routes.ts [sqlite|postgres] [seconds]
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { datasetEnv, ensureDataset, type Dataset } from '../dataset/dataset';
import { saveResult } from '../report/results';
import { startChildServer } from '../support/child-server';
import { signInHttp } from '../support/http-session';
import { measureLoad, type LoadFigure } from './measure-load';
import { summarizeProfile, type ProfileSummary } from './profile-summary';

export interface RouteProfile {
  readonly route: string;
  readonly load: LoadFigure;
  readonly profile: ProfileSummary;
}

const benchServer = fileURLToPath(new URL('./bench-server.ts', import.meta.url));

async function profileRoute(
  dataset: Dataset,
  route: string,
  path: (patientIds: readonly string[]) => string | readonly string[],
  signedIn: boolean,
  seconds: number,
): Promise<RouteProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'sotchart-profile-'));
  const server = await startChildServer(datasetEnv(dataset), {
    file: benchServer,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir],
  });
  let load: LoadFigure;
  try {
    const headers = signedIn
      ? { ...(await signInHttp(server.url, dataset.email, dataset.password)).headers }
      : undefined;
    const paths = path(dataset.samplePatientIds);
    let next = 0;
    load = await measureLoad(route, {
      url: server.url,
      connections: 16,
      seconds,
      warmupSeconds: 2,
      ...(headers === undefined ? {} : { headers }),
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({
            ...request,
            path: typeof paths === 'string' ? paths : (paths[next++ % paths.length] as string),
          }),
        },
      ],
    });
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no CPU profile written for ${route}`);
  const profile = summarizeProfile(join(dir, file));
  rmSync(dir, { recursive: true, force: true });
  return { route, load, profile };
}

export async function profileRoutes(dialect: DialectName, seconds: number): Promise<RouteProfile[]> {
  const dataset = await ensureDataset(dialect, 1000);
  const routes: [string, (ids: readonly string[]) => string | readonly string[], boolean][] = [
    ['public 404', () => '/api/no-such-route', false],
    ['(b0) session check only', () => '/api/bench/session', true],
    ['(b) session + audit row', () => '/api/bench/ping', true],
    ['(c) patient timeline', (ids) => ids.map((id) => `/api/patients/${id}/timeline`), true],
  ];
  const out: RouteProfile[] = [];
  for (const [route, path, signedIn] of routes) {
    const result = await profileRoute(dataset, route, path, signedIn, seconds);
    console.log(
      `${dialect} ${route}: ${result.load.requestsPerSecond.toFixed(0)} req/s, p50 ${result.load.p50Ms} ms, p99 ${result.load.p99Ms} ms, non-2xx ${result.load.non2xx}, idle ${result.profile.idlePercent} %`,
    );
    for (const line of result.profile.top)
      console.log(`  ${line.selfPercent.toFixed(1).padStart(5)} %  ${line.fn}`);
    out.push(result);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dialect = 'sqlite', seconds = '10', label = 'profile'] = process.argv.slice(2);
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('dialect: sqlite or postgres');
  saveResult(`${label}-${dialect}`, await profileRoutes(dialect, Number(seconds)));
}
