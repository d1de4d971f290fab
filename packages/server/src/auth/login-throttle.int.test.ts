import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  fixedClock,
  freshDatabase,
  signIn,
  testAppOptions,
  testPassword,
  type FixedClock,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { defaultAuthSettings } from './auth-settings';
import { delaySeconds } from './login-throttle';

const limits = { ...defaultAuthSettings.loginLimit, accountFreeFailures: 5, addressFreeFailures: 20 };

describe(delaySeconds.name, () => {
  const cases = [
    { failures: 1, free: 5, wait: 0 },
    { failures: 5, free: 5, wait: 0 },
    { failures: 6, free: 5, wait: 1 },
    { failures: 7, free: 5, wait: 2 },
    { failures: 10, free: 5, wait: 16 },
    { failures: 30, free: 5, wait: 900 },
  ];
  for (const c of cases) {
    test(`waits ${c.wait} s after ${c.failures} failures with ${c.free} free`, () => {
      assert.equal(delaySeconds(limits, c.failures, c.free), c.wait);
    });
  }
});

for (const dialect of dialects) {
  describe(`sign-in rate limit on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let clock: FixedClock;
    before(async () => {
      database = await freshDatabase(dialect);
      clock = fixedClock();
      app = await buildApp(testAppOptions(database.handle, { clock }));
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
      app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

    test('an account gets 5 free failures, then a doubling wait answered with 429 and retry-after', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      for (let i = 1; i <= 6; i++) {
        assert.equal((await login(user.email, 'wrong-password-guess')).statusCode, 401, `attempt ${i}`);
      }
      const limited = await login(user.email, testPassword);
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.json().error.code, 'RATE_LIMITED');
      assert.equal(limited.headers['retry-after'], '1');
      clock.advance(1000);
      assert.equal((await login(user.email, 'wrong-password-guess')).statusCode, 401);
      const longer = await login(user.email, testPassword);
      assert.equal(longer.statusCode, 429);
      assert.equal(longer.headers['retry-after'], '2');
      clock.advance(2000);
      assert.equal((await login(user.email, testPassword)).statusCode, 200);
      // Success forgives the account: the next typo is free again.
      assert.equal((await login(user.email, 'wrong-password-guess')).statusCode, 401);
      assert.equal((await login(user.email, testPassword)).statusCode, 200);
    });

    test('the limit holds per account from any address', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      for (let i = 1; i <= 6; i++) {
        await login(user.email, 'wrong-password-guess', `10.1.0.${i}`);
      }
      assert.equal((await login(user.email, testPassword, '10.1.0.99')).statusCode, 429);
      clock.advance(1000);
    });

    test('an address gets 20 free failures across accounts, then waits even for a correct password', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      for (let i = 1; i <= 21; i++) {
        const res = await login(`guess-${i}@test.example`, 'wrong-password-guess', '10.2.0.1');
        assert.equal(res.statusCode, 401, `attempt ${i}`);
      }
      assert.equal((await login(user.email, testPassword, '10.2.0.1')).statusCode, 429);
      assert.equal((await login(user.email, testPassword, '10.2.0.2')).statusCode, 200);
      clock.advance(1000);
    });

    test('concurrent guesses cannot slip past the count', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      const answers = await Promise.all(
        Array.from({ length: 15 }, (_, i) => login(user.email, `wrong-guess-${i}-aaaa`, `10.3.0.${i}`)),
      );
      const statuses = answers.map((a) => a.statusCode);
      // Settled one at a time: the five free failures and the sixth that starts the wait, then refusals.
      assert.equal(statuses.filter((s) => s === 401).length, 6, statuses.join(','));
      assert.ok(
        statuses.every((s) => s === 401 || s === 429),
        statuses.join(','),
      );
      clock.advance(3_600_000);
    });

    test('20 concurrent sign-ins with the correct password are all let in', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => login(user.email, testPassword, '10.5.0.1')),
      );
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        Array.from({ length: 20 }, () => 200),
      );
      // The successes forgave the account: five typos are still free, the sixth starts the wait.
      for (let i = 1; i <= 6; i++) {
        assert.equal(
          (await login(user.email, 'wrong-password-guess', '10.5.0.1')).statusCode,
          401,
          `typo ${i}`,
        );
      }
      assert.equal((await login(user.email, testPassword, '10.5.0.1')).statusCode, 429);
      clock.advance(3_600_000);
    });

    test('correct passwords are not refused for wrong guesses still in flight', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      const answers = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          login(user.email, i % 3 === 0 ? `wrong-guess-${i}-aaaa` : testPassword, `10.6.0.${i}`),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        Array.from({ length: 15 }, (_, i) => (i % 3 === 0 ? 401 : 200)),
      );
      clock.advance(3_600_000);
    });

    test('rate-limited attempts are audited as failed sign-ins', async () => {
      const user = await signIn(app, { role: 'practitioner' });
      for (let i = 1; i <= 7; i++) await login(user.email, 'wrong-password-guess', '10.4.0.1');
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('chain_id', '=', user.clinicId)
        .where('action', '=', 'login_failed')
        .execute();
      assert.equal(rows.length, 7);
      clock.advance(3_600_000);
    });

    test('the throttle table stores no email or address, and forgets keys idle for an hour', async () => {
      const rows = await database.handle.db.selectFrom('login_throttle').select('key').execute();
      assert.ok(rows.length > 1);
      assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key)));
      // A fresh failure (its account and its address), then a success sweeps every key idle for an hour.
      assert.equal((await login('nobody@test.example', 'wrong-password-guess', '10.7.0.1')).statusCode, 401);
      await signIn(app, { role: 'practitioner' });
      const left = await database.handle.db.selectFrom('login_throttle').select('last_attempt_at').execute();
      assert.deepEqual(
        left.map((r) => r.last_attempt_at),
        [clock().toISOString(), clock().toISOString()],
      );
    });
  });
}
