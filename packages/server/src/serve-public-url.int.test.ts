import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from './config';
import { demoLogin } from './demo/seed-demo-clinic';
import { startServer, type RunningServer } from './serve';

/** Signs in as the demo user over HTTP and makes a kiosk link for the first demo patient. */
async function kioskLinkOf(server: RunningServer): Promise<{ httpStatus: number; url?: string }> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoLogin),
  });
  assert.equal(login.status, 200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const patients = await fetch(`${server.url}/api/patients?limit=1`, { headers });
  const { items } = (await patients.json()) as { items: { id: string }[] };
  const res = await fetch(`${server.url}/api/patients/${items[0]?.id}/kiosk-links`, {
    method: 'POST',
    // A Host header naming another site changes nothing.
    headers: { ...headers, host: 'evil.example' },
    body: JSON.stringify({ kind: 'intake' }),
  });
  return { ...((await res.json()) as { url?: string }), httpStatus: res.status };
}

async function withServer(
  dataDir: string,
  env: Record<string, string>,
  run: (server: RunningServer) => Promise<void>,
): Promise<void> {
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }),
  );
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

describe('the public address of a started server', () => {
  test('the demo start builds kiosk links from the address it listens on, or from PUBLIC_URL when set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sotchart-serve-'));
    try {
      await withServer(dataDir, { SOTCHART_DEMO: '1' }, async (server) => {
        assert.equal(server.publicUrl, server.url);
        const link = await kioskLinkOf(server);
        assert.equal(link.httpStatus, 201);
        assert.ok(link.url?.startsWith(`${server.url}/kiosk#`), link.url);
      });
      await withServer(
        dataDir,
        { SOTCHART_DEMO: '1', PUBLIC_URL: 'https://sot.clinic.example/' },
        async (server) => {
          assert.equal(server.publicUrl, 'https://sot.clinic.example');
          const link = await kioskLinkOf(server);
          assert.equal(link.httpStatus, 201);
          assert.match(link.url ?? '', /^https:\/\/sot\.clinic\.example\/kiosk#/);
        },
      );
      await withServer(dataDir, { SOTCHART_DEMO: '0' }, async (server) => {
        assert.equal(server.publicUrl, undefined);
        assert.equal((await kioskLinkOf(server)).httpStatus, 400);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a PUBLIC_URL that is not an http(s) address stops the start with one sentence', () => {
    for (const value of ['clinic.example', 'ftp://clinic.example', 'https://clinic.example/?a=1'])
      assert.throws(() => loadConfig({ PUBLIC_URL: value }), /^StartupError: PUBLIC_URL must be/);
  });
});
