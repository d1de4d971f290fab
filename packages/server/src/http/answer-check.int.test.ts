/**
 * The answer check that integration tests run on every route (`testAppOptions` turns it on): an answer
 * outside its route's schema makes the request itself fail, and every route declares what it answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { freshDatabase, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';
import { AppError } from '../errors';
import { defineRoute, routeTable } from './route';

const PointSchema = z.object({ x: z.number() });

describe('the answer check', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  before(async () => {
    database = await freshDatabase('sqlite');
    app = await buildApp(testAppOptions(database.handle));
    // Routes that answer inside and outside their schemas, added before the app is ready.
    const answers: Record<string, () => Promise<unknown>> = {
      inside: () => Promise.resolve({ x: 1 }),
      'wrong-type': () => Promise.resolve({ x: 'one' }),
      'unlisted-field': () => Promise.resolve({ x: 1, passwordHash: 'h' }),
      'known-error': () => Promise.reject(new AppError('NOT_FOUND')),
    };
    for (const [name, answer] of Object.entries(answers))
      defineRoute(app, {
        method: 'GET',
        url: `/api/test/${name}`,
        permission: 'public',
        schema: { summary: name, response: PointSchema },
        handler: answer,
      });
    defineRoute(app, {
      method: 'GET',
      url: '/api/test/bare-error',
      permission: 'public',
      schema: { summary: 'an error without the error body', response: PointSchema },
      handler: async (_request, reply) => reply.status(400).send({ message: 'bad' }),
    });
  });
  after(async () => {
    await app.close();
    await database.drop();
  });

  test('lets an answer inside its schema through untouched', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/inside' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { x: 1 });
  });

  test('lets an error answer with the shared error body through', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/known-error' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json<{ error: { code: string } }>().error.code, 'NOT_FOUND');
  });

  const outside = [
    { name: 'wrong-type', problem: /GET \/api\/test\/wrong-type answered 200 outside its schema: x: / },
    { name: 'unlisted-field', problem: /answered 200 outside its schema: passwordHash: / },
    { name: 'bare-error', problem: /answered 400 outside its schema: error: / },
  ];
  for (const { name, problem } of outside) {
    test(`fails the request itself when a route answers outside its schema (${name})`, async () => {
      await assert.rejects(app.inject({ method: 'GET', url: `/api/test/${name}` }), problem);
    });
  }

  test('finds every route of the app declaring what it answers', () => {
    const undeclared = routeTable(app)
      .filter(
        (r) => r.schema?.response === undefined && r.schema?.file === undefined && r.schema?.status !== 204,
      )
      .map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(
      undeclared,
      [],
      'give these routes a `response` schema (or a `file` type, or status 204)',
    );
  });
});
