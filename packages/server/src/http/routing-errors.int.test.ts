import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { freshDatabase, signIn, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';

interface ErrorAnswer {
  error: { code: string; message: string; details?: { path: string }[]; requestId: string };
}

/** The documented error body, a request id, helmet's headers and no caching: what every answer carries. */
function assertDocumentedError(res: LightMyRequestResponse, status: number, code: string): ErrorAnswer {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const body = res.json<ErrorAnswer>();
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.match(body.error.requestId, /^[0-9a-f]{12}-[0-9a-z]+$/);
  assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.equal(res.headers['cache-control'], 'no-store');
  return body;
}

// Routing is the same on both dialects; one database is enough.
describe('routing errors', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let headers: Record<string, string>;
  before(async () => {
    database = await freshDatabase('sqlite');
    app = await buildApp(testAppOptions(database.handle));
    headers = (await signIn(app, { role: 'owner' })).headers;
  });
  after(async () => {
    await app.close();
    await database.drop();
  });

  test('a malformed percent-escape in a path parameter answers 400 VALIDATION_FAILED naming the URL', async () => {
    for (const url of ['/api/patients/%zz', '/api/visits/%E0%A4%A', '/api/patients/%zz/visits']) {
      const res = await app.inject({ method: 'GET', url, headers });
      const body = assertDocumentedError(res, 400, 'VALIDATION_FAILED');
      assert.deepEqual(
        body.error.details?.map((d) => d.path),
        ['params'],
        url,
      );
    }
  });

  test('a path parameter over 100 characters answers 400 VALIDATION_FAILED, not a bare 414', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/patients/${'a'.repeat(101)}`, headers });
    const body = assertDocumentedError(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual(
      body.error.details?.map((d) => d.path),
      ['params'],
    );
  });

  test('the same errors without a session carry the same body and headers', async () => {
    assertDocumentedError(
      await app.inject({ method: 'GET', url: '/api/patients/%zz' }),
      400,
      'VALIDATION_FAILED',
    );
    assertDocumentedError(
      await app.inject({ method: 'POST', url: `/api/kiosk-submissions/${'9'.repeat(300)}/review` }),
      400,
      'VALIDATION_FAILED',
    );
  });

  test('an unknown route answers 404 NOT_FOUND with the body and the headers', async () => {
    assertDocumentedError(await app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'NOT_FOUND');
    assertDocumentedError(
      await app.inject({ method: 'DELETE', url: '/api/health', headers }),
      404,
      'NOT_FOUND',
    );
  });

  test('a parameter of exactly 100 characters still reaches the route (and its own 400)', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/patients/${'a'.repeat(100)}`, headers });
    const body = assertDocumentedError(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual(
      body.error.details?.map((d) => d.path),
      ['params.id'],
    );
  });
});
