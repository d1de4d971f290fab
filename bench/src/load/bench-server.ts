// The server the throughput benchmark drives: exactly what `sotchart serve` runs (same database
// settings, same app), plus one trivial route that only passes the session check and writes an audit
// row, so the cost of the stack itself is measured beside the real routes.
//   DATA_DIR=… or DATABASE_URL=… node --import tsx bench/src/load/bench-server.ts
import { buildApp } from '@sotchart/server/app';
import { contextOf } from '@sotchart/server/auth/request-context';
import { loadConfig } from '@sotchart/server/config';
import { openDatabase } from '@sotchart/server/db/connect';
import { lockWaitStats, resetLockWaitStats } from '@sotchart/server/db/lock-wait';
import { migrateToLatest } from '@sotchart/server/db/migrations';
import { defineRoute } from '@sotchart/server/http/route';

const trivialRoute = '/api/bench/ping';

const config = loadConfig();
const handle = await openDatabase(config);
await migrateToLatest(handle.db);
// BENCH_AUDIT_IN_PROCESS=1 chains audit rows on the server's thread, as before the audit worker, for
// comparing the two in one sitting.
const inProcess = process.env.BENCH_AUDIT_IN_PROCESS === '1';
const app = await buildApp({
  handle: inProcess ? { db: handle.db, dialect: handle.dialect, close: handle.close } : handle,
  logLevel: config.logLevel,
});
defineRoute(app, {
  method: 'GET',
  url: trivialRoute,
  permission: 'signedIn',
  schema: { summary: 'Benchmark: session check and one audit row, nothing else' },
  handler: async (request) => {
    const ctx = contextOf(request);
    await app.audit.record({
      clinicId: ctx.clinicId,
      actorId: ctx.userId,
      action: 'read',
      entityType: 'bench',
      entityIds: [],
      patientId: null,
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return { ok: true };
  },
});
// The same without the audit row, to tell the session check's cost from the durable audit write's.
defineRoute(app, {
  method: 'GET',
  url: '/api/bench/session',
  permission: 'signedIn',
  schema: { summary: 'Benchmark: session check only' },
  handler: () => Promise.resolve({ ok: true }),
});
// How long the server's transactions waited for SQLite's write lock, and the audit committer's counts;
// `?reset=1` starts the count afresh.
defineRoute(app, {
  method: 'GET',
  url: '/api/bench/lock-wait',
  permission: 'signedIn',
  schema: { summary: 'Benchmark: write-lock waits and audit commits' },
  handler: (request) => {
    if ((request.query as { reset?: string }).reset === '1') resetLockWaitStats();
    return Promise.resolve({ lockWait: lockWaitStats(), audit: app.audit.stats() });
  },
});
const url = await app.listen({ port: config.port, host: config.host });
console.log(`bench server running at ${url} (database: ${handle.dialect})`);
const shutdown = (): void => {
  void app.close().then(() => handle.close());
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
