// Malformed input: requests generated from /api/openapi.json — wrong types, missing fields, huge
// strings, deep JSON, bad UTF-8, wrong content types, path traversal in ids, hostile query values —
// across every route, signed in with real ids and anonymous, against a real server process.
// Target: no 5xx, stored data unchanged; the server's RSS before and after is reported.
//   node --import tsx bench/src/malformed-input.ts [requests]      (or `npm run reliability`)
import { request as httpRequest, Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle, DialectName } from '@sotchart/server/db/connect';
import { patientInput } from '@sotchart/test-support';
import { casesFor, operationsOf, type MalformedRequest } from './malformed/malformed-cases';
import { saveResult } from './report/results';
import { startChildServer, type ChildServer } from './support/child-server';
import { callJson, signInHttp, type HttpSession } from './support/http-session';
import { scratchDatabase, type ScratchDatabase } from './support/scratch-database';

export interface MalformedReport {
  readonly dialect: DialectName;
  readonly requests: number;
  readonly operations: number;
  readonly distinctCases: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly serverErrors: number;
  /** The first few 5xx answers: method, url, case and status. */
  readonly serverErrorSamples: readonly string[];
  /** Writes answered 2xx: each one a malformed request the server accepted. */
  readonly acceptedWrites: readonly string[];
  readonly dataUnchanged: boolean;
  readonly changedTables: readonly string[];
  readonly rssBeforeMiB: number;
  readonly rssAfterMiB: number;
  readonly peakRssMiB: number;
  readonly healthyAfter: boolean;
}

/** Tables that legitimately change while invalid requests arrive: the audit log, sessions, throttle. */
const volatileTables = new Set(['audit_log', 'audit_head', 'session', 'login_throttle']);

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const rows =
    handle.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(handle.db))
          .rows
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(
            handle.db,
          )
        ).rows;
  return rows
    .map((r) => r.name)
    .filter((n) => !volatileTables.has(n) && !n.startsWith('kysely_') && !n.startsWith('sqlite_'))
    .sort();
}

/** Every stored row of every table but the volatile ones, as one comparable text per table. */
export async function snapshotTables(handle: DatabaseHandle): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  for (const table of await tableNames(handle)) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(handle.db))
      .rows;
    snapshot.set(
      table,
      rows
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n'),
    );
  }
  return snapshot;
}

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sends one request byte for byte (no URL normalisation) and returns its status. */
function send(base: URL, agent: Agent, session: HttpSession, c: MalformedRequest): Promise<number> {
  const headers: Record<string, string> = { ...c.headers };
  if (c.signedIn) headers.cookie = session.headers.cookie;
  if (c.signedIn && c.csrf) headers['x-csrf-token'] = session.headers['x-csrf-token'];
  if (c.body !== undefined) headers['content-length'] = String(c.body.length);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method: c.method, path: c.url, headers, agent },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A server may close the connection on a body it refuses (413) before reading it all.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve(-1);
      else reject(error);
    });
    req.end(c.body);
  });
}

async function realIds(url: string, session: HttpSession): Promise<Record<string, string>> {
  const patient = await callJson<{ id: string }>(url, session, 'POST', '/api/patients', patientInput());
  const patientId = patient.body.id;
  const episode = await callJson<{ id: string }>(
    url,
    session,
    'POST',
    `/api/patients/${patientId}/episodes`,
    {
      startDate: '2026-01-05',
      complaint: 'Low back pain',
      onset: 'acute',
    },
  );
  const visit = await callJson<{ id: string }>(url, session, 'POST', `/api/patients/${patientId}/visits`, {
    visitAt: '2026-01-05T10:00:00Z',
    type: 'new_patient',
  });
  if (patient.status !== 201 || episode.status !== 201 || visit.status !== 201) {
    throw new Error('could not create the records the malformed requests aim at');
  }
  return {
    patients: patientId,
    episodes: episode.body.id,
    visits: visit.body.id,
    users: session.userId,
    default: patientId,
  };
}

export interface MalformedOptions {
  readonly requests: number;
  readonly concurrency: number;
  readonly seed: number;
}

/** Sends the malformed requests to a server already running on `database`, signed in as `session`. */
export async function malformedSweepOn(
  database: ScratchDatabase,
  server: ChildServer,
  session: HttpSession,
  options: MalformedOptions,
): Promise<MalformedReport> {
  const dialect = database.dialect;
  const ids = await realIds(server.url, session);
  const document = (await callJson(server.url, null, 'GET', '/api/openapi.json'))
    .body as unknown as Parameters<typeof operationsOf>[0];
  const operations = operationsOf(document);
  const random = seededRandom(options.seed);
  const queue: MalformedRequest[] = [];
  let distinctCases = 0;
  for (let round = 0; queue.length < options.requests; round += 1) {
    const cases = operations.flatMap((op) => casesFor(op, { ids }, options.seed + round));
    if (round === 0) distinctCases = cases.length;
    for (let i = cases.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [cases[i], cases[j]] = [cases[j] as MalformedRequest, cases[i] as MalformedRequest];
    }
    queue.push(...cases);
  }
  queue.length = options.requests;

  const handle = await database.open();
  const before = await snapshotTables(handle);
  await handle.close();
  const rssBeforeMiB = server.rssMiB();
  let peakRssMiB = rssBeforeMiB;
  const base = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const byStatus: Record<string, number> = {};
  const serverErrorSamples: string[] = [];
  const acceptedWrites: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const c = queue[next++] as MalformedRequest;
      const status = await send(base, agent, session, c);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (status >= 500 && serverErrorSamples.length < 20) {
        serverErrorSamples.push(`${status} ${c.method} ${c.url.slice(0, 80)} — ${c.kind}`);
      }
      if (status >= 200 && status < 300 && c.method !== 'GET' && acceptedWrites.length < 20) {
        acceptedWrites.push(
          `${status} ${c.method} ${c.url.slice(0, 80)} — ${c.kind}: ${c.body?.toString('utf8').slice(0, 300) ?? ''}`,
        );
      }
      if (next % 250 === 0) peakRssMiB = Math.max(peakRssMiB, server.rssMiB());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  const rssAfterMiB = server.rssMiB();
  const health = await callJson(server.url, null, 'GET', '/api/health');
  const check = await database.open();
  const after = await snapshotTables(check);
  await check.close();
  const changedTables = [...new Set([...before.keys(), ...after.keys()])].filter(
    (t) => before.get(t) !== after.get(t),
  );
  const serverErrors = Object.entries(byStatus)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    dialect,
    requests: queue.length,
    operations: operations.length,
    distinctCases,
    byStatus,
    serverErrors,
    serverErrorSamples,
    acceptedWrites,
    dataUnchanged: changedTables.length === 0,
    changedTables,
    rssBeforeMiB,
    rssAfterMiB,
    peakRssMiB: Math.max(peakRssMiB, server.peakRssMiB()),
    healthyAfter: health.status === 200,
  };
}

/** Runs the sweep against a fresh server on a fresh database of `dialect`. */
export async function runMalformedInput(
  dialect: DialectName,
  options: MalformedOptions,
): Promise<MalformedReport> {
  const database = await scratchDatabase(dialect, 'malformed');
  const server = await startChildServer(database.env);
  try {
    const session = await signInHttp(server.url, database.email, database.password);
    return await malformedSweepOn(database, server, session, options);
  } finally {
    await server.stop();
    await database.drop();
  }
}

function print(r: MalformedReport): void {
  console.log(
    `malformed input on ${r.dialect}: ${r.requests} requests over ${r.operations} operations (${r.distinctCases} distinct cases)`,
  );
  console.log(`  statuses ${JSON.stringify(r.byStatus)}`);
  console.log(
    `  5xx ${r.serverErrors}, data unchanged ${r.dataUnchanged}${r.changedTables.length > 0 ? ` (changed: ${r.changedTables.join(', ')})` : ''}, ` +
      `RSS ${r.rssBeforeMiB.toFixed(0)} → ${r.rssAfterMiB.toFixed(0)} MiB (peak ${r.peakRssMiB.toFixed(0)}), healthy after ${r.healthyAfter}`,
  );
  for (const sample of r.serverErrorSamples) console.log(`    ${sample}`);
  for (const accepted of r.acceptedWrites) console.log(`    accepted: ${accepted}`);
}

/** The full run: 10 000 requests on each dialect. */
export async function runMalformedSweep(requests = 10_000): Promise<MalformedReport[]> {
  const reports: MalformedReport[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const report = await runMalformedInput(dialect, { requests, concurrency: 8, seed: 20261125 });
    print(report);
    reports.push(report);
  }
  saveResult('malformed-input', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runMalformedSweep(Number(process.argv[2] ?? 10_000));
}
