// `npm start`: build what is out of date, then run the compiled `sotchart serve` (which migrates the
// database and serves on http://127.0.0.1:3000 unless PORT/HOST say otherwise).
// The web app is rebuilt when a file it is built from is newer than packages/web/dist/index.html; the
// server and CLI when a source their last build read is newer than packages/server/dist/sotchart.js.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServerBuilt } from '../packages/server/scripts/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const webBuilt = join(root, 'packages/web/dist/index.html');
const webSources = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/package.json',
  'packages/engine/src',
  'packages/contract/src',
];
const isTest = (name) => /\.(test|suite)\.tsx?$/.test(name);

/** The newest modification time of a file, or of any non-test file under a folder (0 if missing). */
function newestMtime(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isFile() && isTest(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether vite, a development dependency, is installed (it is not after `npm prune --omit=dev`). */
function hasVite() {
  try {
    createRequire(join(root, 'packages/web/package.json')).resolve('vite/package.json');
    return true;
  } catch {
    return false;
  }
}

const webBuiltAt = newestMtime(webBuilt);
if (webBuiltAt === 0 || webSources.some((source) => newestMtime(join(root, source)) > webBuiltAt)) {
  if (webBuiltAt !== 0 && !hasVite()) {
    console.warn('warning: the built web app is out of date; run `npm run build` to rebuild it.');
  } else {
    console.log(webBuiltAt === 0 ? 'Building the web app...' : 'Rebuilding the web app (sources changed)...');
    const build = spawnSync(npm, ['run', 'build', '--workspace', '@sotchart/web'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

try {
  await ensureServerBuilt({ log: (message) => console.log(message) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const serve = spawn(process.execPath, [join(root, 'packages/server/bin/sotchart.js'), 'serve'], {
  stdio: 'inherit',
});
// `kill <pid>` of `npm start` stops the server cleanly too. Ctrl-C already reaches the server (it is in
// the terminal's process group), so on SIGINT this process only waits for it to finish.
process.on('SIGTERM', () => serve.kill('SIGTERM'));
process.on('SIGINT', () => {});
serve.on('exit', (code) => process.exit(code ?? 1));
