import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  testPassword,
} from '@sotchart/test-support';
import { buildApp } from '../app';

function directives(header: string | string[] | number | undefined): Map<string, string> {
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

describe('security headers', () => {
  test('the API and the web app carry a strict Content-Security-Policy and helmet’s headers', async () => {
    const database = await freshDatabase('sqlite');
    const webDir = mkdtempSync(join(tmpdir(), 'sotchart-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    const app = await buildApp(testAppOptions(database.handle, { webDir }));
    try {
      for (const url of ['/api/health', '/']) {
        const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        assert.equal(res.statusCode, 200, url);
        const csp = directives(res.headers['content-security-policy']);
        assert.equal(csp.get('default-src'), "'self'");
        assert.equal(csp.get('script-src'), "'self'");
        assert.equal(csp.get('style-src'), "'self'");
        assert.equal(csp.get('img-src'), "'self' data:");
        assert.equal(csp.get('connect-src'), "'self'");
        assert.equal(csp.get('object-src'), "'none'");
        assert.equal(csp.get('frame-ancestors'), "'none'");
        assert.equal(csp.has('upgrade-insecure-requests'), false);
        assert.doesNotMatch(String(res.headers['content-security-policy']), /unsafe-inline|unsafe-eval/);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
        assert.equal(res.headers['referrer-policy'], 'no-referrer');
      }
    } finally {
      await app.close();
      await database.drop();
      rmSync(webDir, { recursive: true, force: true });
    }
  });

  test('the web app’s page has no inline script or style for the policy to block', () => {
    const html = readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 0);
    assert.ok(
      scripts.every((tag) => /\bsrc=/.test(tag)),
      scripts.join('\n'),
    );
    assert.doesNotMatch(html, /<style\b|\sstyle=/);
  });
});

for (const dialect of dialects) {
  describe(`logs on ${dialect}`, () => {
    test('carry request ids but no email, name, password, token or patient data', async () => {
      const database = await freshDatabase(dialect);
      let log = '';
      const logStream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          log += chunk.toString();
          done();
        },
      });
      const app = await buildApp(testAppOptions(database.handle, { logLevel: 'info', logStream }));
      try {
        const owner = await signIn(app, {
          role: 'owner',
          displayName: 'Dr Quillon Zephyr',
          email: 'quillon.zephyr@test.example',
        });
        const api = apiClient(app, owner.headers);
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: owner.email, password: 'wrong-password-zebra' },
        });
        const created = await api<{ temporaryPassword: string }>('POST', '/api/users', {
          email: 'ulrike.vantongeren@test.example',
          displayName: 'Ulrike Vantongeren',
          role: 'assistant',
        });
        assert.equal(created.status, 201);
        assert.equal(
          (
            await api(
              'POST',
              '/api/patients',
              patientInput({ givenName: 'Philippa', familyName: 'Worthingham' }),
            )
          ).status,
          201,
        );
        await api('GET', '/api/patients?q=worthingham');
        // A search with a typo, and the audit log, whose answer names the patient.
        await api('GET', '/api/patients?q=worthinghan');
        await api('GET', '/api/audit?action=create');
        await api('POST', '/api/users', {
          email: 'not-an-email',
          displayName: 'Bad Input Person',
          role: 'owner',
        });

        const login = await database.handle.db
          .selectFrom('audit_log')
          .select('request_id')
          .where('actor_id', '=', owner.userId)
          .where('action', '=', 'login')
          .executeTakeFirstOrThrow();
        assert.ok(log.length > 0, 'the log is empty');
        assert.ok(log.includes(login.request_id), 'the sign-in’s request id is not in the log');

        const token = owner.headers.cookie.split('=')[1] ?? '';
        const secrets = {
          email: owner.email,
          'email local part': 'quillon',
          'display name': 'Zephyr',
          password: testPassword,
          'wrong password': 'wrong-password-zebra',
          'session token': token,
          'CSRF token': owner.headers['x-csrf-token'],
          'temporary password': created.body.temporaryPassword,
          'new user': 'Vantongeren',
          'patient name': 'Worthingham',
          'patient given name': 'Philippa',
          'bad input': 'Bad Input Person',
        };
        for (const [what, value] of Object.entries(secrets)) {
          assert.ok(value.length >= 6, what);
          assert.ok(!log.toLowerCase().includes(value.toLowerCase()), `the log holds the ${what}`);
        }
      } finally {
        await app.close();
        await database.drop();
      }
    });
  });
}
