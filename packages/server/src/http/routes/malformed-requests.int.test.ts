import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import type { DatabaseHandle } from '../../db/connect';
import { routeTable, type RouteRule } from '../route';

/** Every clinical table's rows, in a stable order: the sweep must leave them exactly as they were. */
async function snapshot(handle: DatabaseHandle): Promise<string> {
  const tables = [
    'clinic',
    'patient',
    'consent',
    'imaging_study',
    'episode',
    'visit',
    'finding',
    'addendum',
  ] as const;
  const parts: unknown[] = [];
  for (const table of tables)
    parts.push(await handle.db.selectFrom(table).selectAll().orderBy('id').execute());
  parts.push(
    await handle.db
      .selectFrom('protocol_override')
      .selectAll()
      .orderBy('clinic_id')
      .orderBy('revision')
      .execute(),
  );
  return JSON.stringify(parts);
}

/** A value of a type no field of the contract accepts where a string, number, enum or object is expected. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.string({ maxLength: 3 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  fc.constant('x'.repeat(25_000)),
  fc.constant('../../etc/passwd'),
);

/** A body the route's own schema rejects: a valid body with one field broken, or not an object at all. */
function malformedBody(valid: Record<string, unknown>, schema: ZodType): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const broken = fc
    .record({ key: fc.constantFrom(...keys), value: wrongValue })
    .map(({ key, value }) => ({ ...valid, [key]: value }));
  const dropped = fc
    .constantFrom(...keys)
    .map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));
  const notObject = fc.oneof(fc.constant([]), fc.integer(), fc.string({ maxLength: 10 }), fc.constant(null));
  return fc.oneof(broken, dropped, notObject).filter((body) => !schema.safeParse(body).success);
}

for (const dialect of dialects) {
  describe(`malformed requests on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let headers: Record<string, string>;
    const ids: Record<string, string> = {};

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      headers = (await signIn(app, { role: 'owner' })).headers;
      const api = apiClient(app, headers);
      ids.patients = ((await api('POST', '/api/patients', patientInput())).body as { id: string }).id;
      ids.episodes = (
        (
          await api('POST', `/api/patients/${ids.patients}/episodes`, {
            startDate: '2026-01-05',
            complaint: 'Neck pain',
            onset: 'acute',
          })
        ).body as {
          id: string;
        }
      ).id;
      ids.visits = (
        (
          await api('POST', `/api/patients/${ids.patients}/visits`, {
            visitAt: '2026-01-05T10:00:00Z',
            type: 'new_patient',
          })
        ).body as { id: string }
      ).id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    /** Valid bodies per route, the starting point of each malformed one. */
    const validBodies: Record<string, Record<string, unknown>> = {
      'POST /api/patients': patientInput({ chartNumber: 'NEW-1' }),
      'PATCH /api/patients/:id': { version: 1, givenName: 'Grace' },
      'POST /api/patients/:id/archive': { version: 1 },
      'POST /api/patients/:id/consents': { type: 'treatment', date: '2026-01-05', signedBy: 'Ada' },
      'POST /api/patients/:id/imaging': {
        date: '2026-01-05',
        type: 'xray',
        region: 'cervical',
        summary: 'Normal.',
      },
      'POST /api/patients/:id/episodes': { startDate: '2026-01-05', complaint: 'Neck', onset: 'acute' },
      'PATCH /api/episodes/:id': { version: 1, phase: 'maintenance' },
      'POST /api/patients/:id/visits': { visitAt: '2026-01-06T10:00:00Z', type: 'follow_up' },
      'PATCH /api/visits/:id': { version: 1, pain: 3 },
      'POST /api/visits/:id/sign': { version: 1 },
      'POST /api/visits/:id/addenda': { text: 'note' },
      'PATCH /api/clinic': { version: 1, name: 'Clinic' },
      'PUT /api/protocol': { version: 0, override: {} },
      'POST /api/analyze': { findings: [] },
    };

    const urlFor = (route: RouteRule): string => {
      const noun = route.url.split('/')[2] ?? '';
      return route.url.replace(':id', ids[noun] ?? 'missing');
    };

    test('throws hundreds of malformed bodies at every route with a body: all 400 naming a field, nothing stored', async () => {
      const before = await snapshot(database.handle);
      const bodyRoutes = routeTable(app).filter((r) => r.schema?.body !== undefined);
      assert.ok(bodyRoutes.length >= 10, `expected the records routes, found ${bodyRoutes.length}`);
      let sent = 0;
      for (const route of bodyRoutes) {
        const key = `${route.method} ${route.url}`;
        const valid = validBodies[key];
        if (valid === undefined) continue; // routes of other areas have their own sweeps
        await fc.assert(
          fc.asyncProperty(malformedBody(valid, route.schema!.body!), async (body) => {
            const res = await app.inject({
              method: route.method,
              url: urlFor(route),
              headers: { ...headers, 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            });
            sent += 1;
            assert.ok(res.statusCode < 500, `${key} answered ${res.statusCode}: ${res.body}`);
            assert.equal(
              res.statusCode,
              400,
              `${key} with ${JSON.stringify(body).slice(0, 200)} answered ${res.statusCode}`,
            );
            const error = (res.json() as { error: { code: string; details?: { path: string }[] } }).error;
            assert.equal(error.code, 'VALIDATION_FAILED');
            assert.ok((error.details?.length ?? 0) > 0, `${key}: no field named`);
          }),
          { numRuns: 25, seed: 20261125 },
        );
      }
      assert.ok(sent >= 300, `only ${sent} requests were sent`);
      assert.equal(await snapshot(database.handle), before);
    });

    test('malformed JSON, wrong content types, bad ids and bad queries are 4xx, never 5xx', async () => {
      const before = await snapshot(database.handle);
      const cases: {
        method: 'GET' | 'POST' | 'PATCH';
        url: string;
        type?: string;
        payload?: string;
        status: number;
      }[] = [
        {
          method: 'POST',
          url: '/api/patients',
          type: 'application/json',
          payload: '{"chartNumber": ',
          status: 400,
        },
        { method: 'POST', url: '/api/patients', type: 'application/xml', payload: '<patient/>', status: 415 },
        {
          method: 'PATCH',
          url: `/api/visits/${ids.visits}`,
          type: 'application/json',
          payload: '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
          status: 400,
        },
        { method: 'GET', url: '/api/patients/..%2F..%2Fetc%2Fpasswd', status: 400 },
        { method: 'GET', url: '/api/visits/not-an-id', status: 400 },
        { method: 'GET', url: '/api/patients?limit=abc&sort=sideways', status: 400 },
        { method: 'GET', url: '/api/patients/01890000-0000-7000-8000-000000000000', status: 404 },
      ];
      for (const c of cases) {
        const res = await app.inject({
          method: c.method,
          url: c.url,
          headers: { ...headers, ...(c.type === undefined ? {} : { 'content-type': c.type }) },
          ...(c.payload === undefined ? {} : { payload: c.payload }),
        });
        assert.equal(res.statusCode, c.status, `${c.method} ${c.url}: ${res.body}`);
      }
      assert.equal(await snapshot(database.handle), before);
    });
  });
}
