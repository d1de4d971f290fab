// Runs the project's tests through Node's built-in runner. Node 20 takes no globs and finds only .js
// files by itself, so the TypeScript test files are listed here and passed explicitly.
// Usage: node scripts/run-tests.mjs [unit|int|e2e]...   (no argument = all three)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const kinds = {
  unit: (f) => f.endsWith('.test.ts') && !f.endsWith('.int.test.ts') && !f.includes('/e2e/'),
  int: (f) => f.endsWith('.int.test.ts'),
  e2e: (f) => f.includes('/e2e/') && f.endsWith('.test.ts'),
};
const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? Object.keys(kinds) : wanted;
for (const k of selected)
  if (!(k in kinds)) throw new Error(`unknown test kind "${k}"; use unit, int or e2e`);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const all = [...walk(root)].map((f) => relative(root, f)).map((f) => `./${f}`);
const files = all.filter((f) => selected.some((k) => kinds[k](f))).sort();
if (files.length === 0) throw new Error('no test files found');
console.log(`running ${files.length} test files (${selected.join(', ')})`);
// Browser tests that touch only records they make share one demo server for the run, started by the
// global setup; without the flag (Node before 24) each such file starts its own.
const sharedServer =
  selected.includes('e2e') && process.allowedNodeEnvironmentFlags.has('--test-global-setup')
    ? ['--test-global-setup=./e2e/src/support/shared-server-setup.ts']
    : [];
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...sharedServer, '--test-concurrency=2', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
