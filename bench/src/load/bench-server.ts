// The server the throughput benchmark drives: exactly what `sotchart serve` runs (same database
// settings, same app), plus one trivial route that only passes the session check and writes an audit
// row, so the cost of the stack itself is measured beside the real routes.
//   DATA_DIR=… or DATABASE_URL=… node --import tsx bench/src/load/bench-server.ts
import { buildApp } from '@sotchart/server/app';
import { contextOf } from '@sotchart/server/auth/request-context';
import { loadConfig } from '@sotchart/server/config';
import { openDatabase } from '@sotchart/server/db/connect';
import { migrateToLatest } from '@sotchart/server/db/migrations';
import { defineRoute } from '@sotchart/server/http/route';

const trivialRoute = '/api/bench/ping';

const config = loadConfig();
const handle = await openDatabase(config);
await migrateToLatest(handle.db);
const app = await buildApp({ handle, logLevel: config.logLevel });
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
const url = await app.listen({ port: config.port, host: config.host });
console.log(`bench server running at ${url} (database: ${handle.dialect})`);
const shutdown = (): void => {
  void app.close().then(() => handle.close());
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
