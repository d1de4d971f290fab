import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { dialects, freshDatabase, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';
import { version } from '../version';

for (const dialect of dialects) {
  describe(`health and error routes on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp({ handle: database.handle, logLevel: 'silent' });
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('GET /api/health reports the version and a working database', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok', version, database: { dialect, ok: true } });
    });

    test('an unknown API route answers 404 with the error body', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/no-such-thing?name=Smith' });
      assert.equal(res.statusCode, 404);
      const body = res.json() as { error: { code: string; requestId: string } };
      assert.equal(body.error.code, 'NOT_FOUND');
      assert.match(body.error.requestId, /^[0-9a-f-]{36}$/);
    });
  });
}
