import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

// Production (`npm start`, the `sotchart` bin) runs the esbuild bundle dist/sotchart.js, not the
// TypeScript sources. These tests build it and run it on plain node with TypeScript type stripping
// off, so a source import left in the bundle, or a file read at runtime (common passwords, fonts,
// package.json, the web app) that the bundle cannot find, fails here.
const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(serverDir, 'bin/sotchart.js');
const webIndex = fileURLToPath(new URL('../../../web/dist/index.html', import.meta.url));
// Node 22.6 and newer can run .ts files by stripping their types; turned off, any left is an error.
const noTypeScript = process.allowedNodeEnvironmentFlags.has('--experimental-strip-types')
  ? ['--no-experimental-strip-types']
  : [];

/** The environment of a production start: no loader inherited from the test runner. */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  return { ...env, LOG_LEVEL: 'warn', ...extra };
}

function runBuilt(args: readonly string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [...noTypeScript, bin, ...args], {
    env: productionEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('sotchart built to JavaScript', () => {
  let dataDir: string;

  before(() => {
    const build = spawnSync(process.execPath, [join(serverDir, 'scripts/build.mjs')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(build.status, 0, build.stderr);
    dataDir = mkdtempSync(join(tmpdir(), 'sotchart-compiled-'));
  });

  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('prints the version from package.json', () => {
    const res = runBuilt(['--version'], {});
    const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { version: string };
    assert.equal(res.status, 0, res.stderr);
    assert.equal(res.stdout.trim(), manifest.version);
  });

  test('migrates a new SQLite file', () => {
    const res = runBuilt(['migrate'], { DATA_DIR: dataDir });
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /Applied 0001-create-clinic/);
    assert.ok(existsSync(join(dataDir, 'sotchart.db')));
  });

  test('serves /api/health and the web app on a free port', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, [...noTypeScript, bin, 'serve'], {
      env: productionEnv({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', SOTCHART_DEMO: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start in 90 s:\n${out}`)), 90_000);
        child.stdout.on('data', () => {
          const match = /running at (http:\/\/\S+)/.exec(out);
          if (match?.[1] !== undefined) {
            clearTimeout(timer);
            resolve(match[1].replace(/\/$/, ''));
          }
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited with ${code} before starting:\n${out}`));
        });
      });

      const health = await fetch(`${url}/api/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });

      // `npm test` builds the web app before the tests; a bare `test:int` run may not have.
      if (existsSync(webIndex)) {
        const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
        assert.equal(page.status, 200);
        assert.equal(await page.text(), readFileSync(webIndex, 'utf8'));
      }
    } finally {
      child.kill('SIGTERM');
      assert.equal(await exited, 0, out);
    }
  });
});
