import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { dialects, freshDatabase, signIn, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';
import { version } from '../version';

for (const dialect of dialects) {
  describe(`health and error routes on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('GET /api/health tells an anonymous caller only that the server is up', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok' });
    });

    test('GET /api/health reports the version and the database to a signed-in owner only', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({ method: 'GET', url: '/api/health', headers: owner.headers });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok', version, database: { dialect, ok: true } });
      for (const role of ['practitioner', 'assistant', 'auditor'] as const) {
        const user = await signIn(app, { role, clinicId: owner.clinicId });
        const other = await app.inject({ method: 'GET', url: '/api/health', headers: user.headers });
        assert.equal(other.statusCode, 200, role);
        assert.deepEqual(other.json(), { status: 'ok' }, role);
      }
    });

    test('an unknown API route answers 404 with the error body', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/no-such-thing?name=Smith' });
      assert.equal(res.statusCode, 404);
      const body = res.json() as { error: { code: string; requestId: string } };
      assert.equal(body.error.code, 'NOT_FOUND');
      assert.match(body.error.requestId, /^[0-9a-f]{12}-[0-9a-z]+$/);
    });
  });
}
