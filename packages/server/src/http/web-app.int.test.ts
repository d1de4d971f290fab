import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { freshDatabase, testAppOptions } from '@sotchart/test-support';
import { buildApp } from '../app';

/** A built web app's files as far as serving them goes: the shell, its worker, manifest and a chunk. */
function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sotchart-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"SOT Chart"}');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'export {};');
  return dir;
}

describe('serveWebApp', () => {
  test('serves the app shell for the service worker: the worker and shell revalidated, hashed chunks kept, the API never stored', async () => {
    const database = await freshDatabase('sqlite');
    const dir = webDir();
    const app = await buildApp(testAppOptions(database.handle, { webDir: dir }));
    try {
      const cases = [
        { url: '/sw.js', type: /javascript/, cache: 'no-cache' },
        { url: '/manifest.webmanifest', type: /manifest\+json/, cache: 'no-cache' },
        { url: '/', type: /text\/html/, cache: 'no-cache' },
        { url: '/patients/123/visits/456', type: /text\/html/, cache: 'no-cache' },
        { url: '/assets/index-abc123.js', type: /javascript/, cache: 'public, max-age=31536000, immutable' },
        { url: '/api/health', type: /json/, cache: 'no-store' },
      ];
      for (const c of cases) {
        const res = await app.inject({ method: 'GET', url: c.url, headers: { accept: 'text/html' } });
        assert.equal(res.statusCode, 200, c.url);
        assert.match(String(res.headers['content-type']), c.type, c.url);
        assert.equal(res.headers['cache-control'], c.cache, c.url);
      }
      const worker = await app.inject({ method: 'GET', url: '/sw.js' });
      // The worker is same-origin at the root: 'self' scripts cover it (worker-src falls back to
      // script-src), and it needs no Service-Worker-Allowed header for the scope `/`.
      const csp = String(worker.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /worker-src/);
    } finally {
      await app.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
