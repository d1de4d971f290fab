import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  fixedClock,
  freshDatabase,
  signIn,
  signInAs,
  testAppOptions,
  testPassword,
  type FixedClock,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { tokenHash } from './session-token';

const minute = 60_000;

function sessionCookieOf(res: { cookies: { name: string; value: string }[] }): string | undefined {
  return res.cookies.find((c) => c.name === 'sotchart_session')?.value;
}

for (const dialect of dialects) {
  describe(`sessions on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let clock: FixedClock;

    before(async () => {
      database = await freshDatabase(dialect);
      clock = fixedClock();
      app = await buildApp(
        testAppOptions(database.handle, {
          clock,
          auth: {
            argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
            sessionIdleMinutes: 30,
            sessionMaxHours: 12,
          },
        }),
      );
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const session = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/session', headers });

    test('signing in sets an httpOnly, SameSite=Strict session cookie and returns the session', async () => {
      const owner = await signIn(app, { role: 'owner', displayName: 'Dr Ana Ruiz' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: owner.email.toUpperCase(), password: testPassword },
      });
      assert.equal(res.statusCode, 200);
      const cookie = res.cookies.find((c) => c.name === 'sotchart_session');
      assert.ok(cookie !== undefined);
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      assert.equal(cookie.path, '/');
      assert.notEqual(cookie.secure, true);
      assert.match(cookie.value, /^[A-Za-z0-9_-]{43}$/);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['clinic', 'csrfToken', 'user']);
      assert.equal(body.user.displayName, 'Dr Ana Ruiz');
      assert.equal(body.user.role, 'owner');
      assert.equal(body.user.mustChangePassword, false);
      assert.equal(body.clinic.id, owner.clinicId);
      assert.equal(body.clinic.isDemo, false);
      assert.equal(body.user.passwordHash, undefined);
    });

    test('only the SHA-256 of the token is stored', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const token = owner.headers.cookie.split('=')[1] ?? '';
      const rows = await database.handle.db.selectFrom('session').select('token_hash').execute();
      assert.ok(rows.some((r) => r.token_hash === tokenHash(token)));
      assert.ok(rows.every((r) => r.token_hash !== token));
    });

    test('GET /api/auth/session without a cookie answers 401', async () => {
      const res = await session({});
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().error.code, 'UNAUTHENTICATED');
    });

    test('a wrong password and an unknown email both answer 401 with the same message', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: owner.email, password: 'not-the-password-at-all' },
      });
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'nobody@test.example', password: 'not-the-password-at-all' },
      });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.json().error.message, unknown.json().error.message);
      assert.equal(sessionCookieOf(wrong), undefined);
    });

    test('a cookie with an unknown token answers 401 and is cleared', async () => {
      const res = await session({ cookie: 'sotchart_session=forged-token' });
      assert.equal(res.statusCode, 401);
      assert.equal(sessionCookieOf(res), '');
    });

    test('signing in again rotates the session: the old token stops working', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: owner.headers.cookie },
        payload: { email: owner.email, password: testPassword },
      });
      assert.equal(res.statusCode, 200);
      const fresh = sessionCookieOf(res);
      assert.ok(fresh !== undefined && `sotchart_session=${fresh}` !== owner.headers.cookie);
      assert.equal((await session(owner.headers)).statusCode, 401);
      assert.equal((await session({ cookie: `sotchart_session=${fresh}` })).statusCode, 200);
    });

    test('a session idle for 30 minutes ends; activity keeps it alive', async () => {
      const owner = await signIn(app, { role: 'owner' });
      clock.advance(29 * minute);
      assert.equal((await session(owner.headers)).statusCode, 200);
      clock.advance(29 * minute);
      assert.equal((await session(owner.headers)).statusCode, 200);
      clock.advance(30 * minute);
      assert.equal((await session(owner.headers)).statusCode, 401);
    });

    test('a busy session still ends 12 hours after sign-in', async () => {
      const owner = await signIn(app, { role: 'owner' });
      // 35 requests 20 minutes apart: never idle, 11 h 40 min in all.
      for (let n = 1; n <= 35; n++) {
        clock.advance(20 * minute);
        assert.equal((await session(owner.headers)).statusCode, 200, `after ${n * 20} minutes`);
      }
      clock.advance(20 * minute);
      assert.equal((await session(owner.headers)).statusCode, 401);
    });

    test('logout ends this session only and clears the cookie', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const other = await signInAs(app, owner.email, testPassword);
      const res = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: owner.headers });
      assert.equal(res.statusCode, 204);
      assert.equal(sessionCookieOf(res), '');
      assert.equal((await session(owner.headers)).statusCode, 401);
      assert.equal((await session(other)).statusCode, 200);
    });

    test('logout-everywhere ends every session of the user and no one else’s', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const laptop = await signInAs(app, owner.email, testPassword);
      const colleague = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/logout-everywhere',
        headers: owner.headers,
      });
      assert.equal(res.statusCode, 204);
      assert.equal((await session(owner.headers)).statusCode, 401);
      assert.equal((await session(laptop)).statusCode, 401);
      assert.equal((await session(colleague.headers)).statusCode, 200);
    });

    test('sign-ins, failures and sign-outs are audited; an unknown email goes to the system chain', async () => {
      const owner = await signIn(app, { role: 'owner' });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: owner.email, password: 'not-the-password-at-all' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'ghost@test.example', password: 'not-the-password-at-all' },
      });
      await app.inject({ method: 'POST', url: '/api/auth/logout', headers: owner.headers });
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['chain_id', 'clinic_id', 'actor_id', 'action', 'entity_ids'])
        .where((eb) => eb.or([eb('chain_id', '=', owner.clinicId), eb('chain_id', '=', 'system')]))
        .orderBy('at')
        .orderBy('seq')
        .execute();
      const clinicRows = rows.filter((r) => r.chain_id === owner.clinicId).map((r) => r.action);
      assert.deepEqual(clinicRows, ['login', 'login_failed', 'logout']);
      const failed = rows.find((r) => r.chain_id === owner.clinicId && r.action === 'login_failed');
      assert.equal(failed?.actor_id, null);
      assert.deepEqual(JSON.parse(failed?.entity_ids ?? '[]'), [owner.userId]);
      const system = rows.filter((r) => r.chain_id === 'system');
      assert.ok(system.some((r) => r.action === 'login_failed' && r.clinic_id === null));
    });

    test('a deactivated user’s session ends at once and they cannot sign in', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/users/${assistant.userId}`,
        headers: owner.headers,
        payload: { version: 1, active: false },
      });
      assert.equal(res.statusCode, 200);
      assert.equal((await session(assistant.headers)).statusCode, 401);
      const again = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: assistant.email, password: testPassword },
      });
      assert.equal(again.statusCode, 401);
    });
  });
}

describe('the session cookie behind a TLS proxy', () => {
  test('is Secure when TRUST_PROXY=1 and the proxy says https', async () => {
    const database = await freshDatabase('sqlite');
    const previous = process.env.TRUST_PROXY;
    process.env.TRUST_PROXY = '1';
    const app = await buildApp(testAppOptions(database.handle));
    if (previous === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = previous;
    try {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: owner.email, password: testPassword },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.cookies.find((c) => c.name === 'sotchart_session')?.secure, true);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
