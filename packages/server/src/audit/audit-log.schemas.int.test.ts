import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';

interface ErrorAnswer {
  error?: { code: string; details?: { path: string }[] };
}

/** The largest value of a PostgreSQL `integer` column, which `audit_log.seq` is. */
const maxInt4 = 2_147_483_647;

for (const dialect of dialects) {
  describe(`the audit log's cursor stays within its column on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let call: ApiCall;
    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      call = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const refused = [
      { cursor: String(maxInt4 + 1), why: 'one past the integer column (issue 16, item 6)' },
      { cursor: '9999999999999999', why: 'the 16 digits the old pattern allowed' },
      { cursor: '0', why: 'no row has seq 0' },
      { cursor: '-1', why: 'negative' },
      { cursor: '1e3', why: 'not plain digits' },
    ];
    for (const c of refused) {
      test(`GET /api/audit?cursor=${c.cursor} is 400 naming query.cursor: ${c.why}`, async () => {
        const res = await call<ErrorAnswer>('GET', `/api/audit?cursor=${c.cursor}`);
        assert.equal(res.status, 400);
        assert.equal(res.body.error?.code, 'VALIDATION_FAILED');
        assert.deepEqual(
          res.body.error?.details?.map((d) => d.path),
          ['query.cursor'],
        );
      });
    }

    test('GET /api/audit takes the largest cursor the column can hold', async () => {
      const res = await call<{ items: unknown[] }>('GET', `/api/audit?cursor=${maxInt4}`);
      assert.equal(res.status, 200);
      assert.ok(res.body.items.length > 0);
    });
  });
}
