import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { dialects, freshDatabase, signIn, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';

for (const dialect of dialects) {
  describe(`CSRF protection on ${dialect}`, () => {
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

    const newUser = { email: 'new.user@test.example', displayName: 'New User', role: 'assistant' };
    const userCount = async (clinicId: string) =>
      (
        await database.handle.db
          .selectFrom('app_user')
          .select('id')
          .where('clinic_id', '=', clinicId)
          .execute()
      ).length;

    const cases = [
      { name: 'without the x-csrf-token header', token: undefined },
      { name: 'with a wrong token', token: 'not-the-token' },
      { name: 'with an empty token', token: '' },
    ];
    for (const c of cases) {
      test(`a state-changing request ${c.name} answers 403 and writes nothing`, async () => {
        const owner = await signIn(app, { role: 'owner' });
        const before = await userCount(owner.clinicId);
        const res = await app.inject({
          method: 'POST',
          url: '/api/users',
          headers: {
            cookie: owner.headers.cookie,
            ...(c.token === undefined ? {} : { 'x-csrf-token': c.token }),
          },
          payload: newUser,
        });
        assert.equal(res.statusCode, 403);
        const body = res.json();
        assert.equal(body.error.code, 'FORBIDDEN');
        assert.deepEqual(
          body.error.details.map((d: { path: string }) => d.path),
          ['headers.x-csrf-token'],
        );
        assert.equal(await userCount(owner.clinicId), before);
      });
    }

    test('another session’s token is refused', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const other = await signIn(app, { role: 'owner', clinicId: owner.clinicId });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: owner.headers.cookie, 'x-csrf-token': other.headers['x-csrf-token'] },
      });
      assert.equal(res.statusCode, 403);
      const still = await app.inject({ method: 'GET', url: '/api/auth/session', headers: owner.headers });
      assert.equal(still.statusCode, 200);
    });

    test('the right token lets the same request through', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: owner.headers,
        payload: { ...newUser, email: 'right.token@test.example' },
      });
      assert.equal(res.statusCode, 201);
    });

    test('reads need no token', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { cookie: owner.headers.cookie },
      });
      assert.equal(res.statusCode, 200);
    });

    test('the token is stable for a session and returned by GET /api/auth/session', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({ method: 'GET', url: '/api/auth/session', headers: owner.headers });
      assert.equal(res.json().csrfToken, owner.headers['x-csrf-token']);
    });

    test('sign-in itself needs no token, even with a session cookie present', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: owner.headers.cookie },
        payload: { email: owner.email, password: 'river-stone-lantern-42' },
      });
      assert.equal(res.statusCode, 200);
    });
  });
}
