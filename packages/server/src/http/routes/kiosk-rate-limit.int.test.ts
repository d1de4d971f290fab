import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  fixedClock,
  freshDatabase,
  createPatient,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

const tokenOf = (url: string): string => url.split('#')[1] ?? '';

for (const dialect of dialects) {
  describe(`the kiosk routes' rate limit on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let patientId: string;
    const clock = fixedClock('2026-03-02T14:30:00.000Z');

    const newToken = async (): Promise<string> => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/patients/${patientId}/kiosk-links`,
        headers: owner.headers,
        payload: { kind: 'questionnaire', instrumentId: 'nprs', expiresInMinutes: 480 },
      });
      assert.equal(res.statusCode, 201, res.body);
      return tokenOf(res.json<{ url: string }>().url);
    };
    const open = (token: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/kiosk/open', payload: { token }, remoteAddress });

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(
        testAppOptions(database.handle, {
          clock,
          kioskRateLimit: {
            perAddress: { limit: 5, windowSeconds: 60 },
            perToken: { limit: 3, windowSeconds: 60 },
          },
        }),
      );
      owner = await signIn(app, { role: 'owner' });
      patientId = await createPatient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('one token, even from many addresses, is refused with 429 RATE_LIMITED and Retry-After once over its limit', async () => {
      const token = await newToken();
      for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3'])
        assert.equal((await open(token, address)).statusCode, 200, address);
      const refused = await open(token, '10.0.0.4');
      assert.equal(refused.statusCode, 429, refused.body);
      assert.equal(refused.json<{ error: { code: string } }>().error.code, 'RATE_LIMITED');
      assert.equal(refused.headers['retry-after'], '60');
      assert.equal(refused.headers['x-content-type-options'], 'nosniff');
      // Submitting with the same token counts against the same limit.
      const submit = await app.inject({
        method: 'POST',
        url: '/api/kiosk/submit',
        payload: { token, kind: 'questionnaire', answers: { current: 3 } },
        remoteAddress: '10.0.0.5',
      });
      assert.equal(submit.statusCode, 429);
      clock.advance(60_000);
      assert.equal((await open(token, '10.0.0.6')).statusCode, 200, 'a new window starts afresh');
    });

    test('one address is refused once over its limit, whatever the tokens; other addresses are not', async () => {
      const tokens = await Promise.all([1, 2, 3, 4, 5, 6].map(() => newToken()));
      for (const token of tokens.slice(0, 5)) assert.equal((await open(token, '192.0.2.7')).statusCode, 200);
      const refused = await open(tokens[5]!, '192.0.2.7');
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.headers['retry-after'], '60');
      // An unknown or malformed token from that address is refused the same way, before any lookup.
      assert.equal((await open('A'.repeat(43), '192.0.2.7')).statusCode, 429);
      assert.equal((await open('short', '192.0.2.7')).statusCode, 429);
      assert.equal((await open(tokens[5]!, '192.0.2.8')).statusCode, 200);
      clock.advance(30_000);
      assert.equal((await open(tokens[5]!, '192.0.2.7')).headers['retry-after'], '30');
      clock.advance(30_000);
      assert.equal((await open(tokens[5]!, '192.0.2.7')).statusCode, 200);
    });

    test('staff routes are not limited', async () => {
      for (let i = 0; i < 12; i += 1) {
        const res = await app.inject({
          method: 'GET',
          url: `/api/patients/${patientId}/kiosk-links`,
          headers: owner.headers,
          remoteAddress: '192.0.2.9',
        });
        assert.equal(res.statusCode, 200);
      }
    });
  });
}
