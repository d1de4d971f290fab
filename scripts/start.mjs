// `npm start`: build the web app if it has not been built, then run `sotchart serve`
// (which migrates the database and serves on http://127.0.0.1:3000 unless PORT/HOST say otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync(`${root}packages/web/dist/index.html`)) {
  console.log('Building the web app (first start only)...');
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(process.execPath, [`${root}packages/server/bin/sotchart.js`, 'serve'], {
  stdio: 'inherit',
});
process.exit(serve.status ?? 1);
