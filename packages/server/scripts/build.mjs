// Compiles the server and the sotchart CLI, with the engine and contract workspace packages, into one
// JavaScript file, dist/sotchart.js, so production runs no TypeScript loader. npm packages are not
// bundled: the bundle imports them from node_modules, and the build fails if one of them is not a
// production dependency of this package.
//
//   node packages/server/scripts/build.mjs        (or `npm run build --workspace @sotchart/server`)
//
// bin/sotchart.js and `npm start` call ensureServerBuilt(), which rebuilds only when a source is
// newer than the bundle. Only node builtins are imported at the top, so that check runs without the
// build tools; esbuild (a development dependency) is loaded when a build is needed.
import { builtinModules } from 'node:module';
import {
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(serverDir, 'dist');
const bundleFile = join(distDir, 'sotchart.js');
/** The sources the last build read (paths relative to the server package), for the staleness check. */
const inputsFile = join(distDir, 'sotchart.inputs.json');
/** Not read by esbuild's module graph, but they change what a build produces. */
const buildFiles = [
  'scripts/build.mjs',
  'package.json',
  'tsconfig.json',
  '../engine/package.json',
  '../contract/package.json',
  '../../tsconfig.base.json',
];

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Why dist/sotchart.js must be rebuilt, or undefined when it is up to date: it is missing, or a file
 * the last build read (or a build setting) is missing or newer than it.
 */
export function staleReason() {
  const built = mtimeMs(bundleFile);
  if (built === undefined) return 'not built yet';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return 'its list of sources is missing';
  }
  for (const input of [...inputs, ...buildFiles]) {
    const changed = mtimeMs(join(serverDir, input));
    if (changed === undefined) return `${input} is gone`;
    if (changed > built) return `${input} changed`;
  }
  return undefined;
}

/** npm package name of a bare import (`@scope/name/sub` → `@scope/name`), or undefined for a builtin. */
function packageName(specifier) {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Workspace packages (@sotchart/*) are bundled; every other bare import stays an import. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@sotchart/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Files read at runtime are found relative to their module (`new URL('x.txt', import.meta.url)`,
 * `createRequire(import.meta.url)`). In one bundle every module would share dist/sotchart.js's URL, so
 * each module's `import.meta.url` is rewritten to its source file's URL, computed from the bundle's
 * own location: the bundle keeps working wherever the checkout is.
 */
const sourceRelativeUrls = {
  name: 'source-relative-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.split(sep).includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      if (/import\.meta\.(dirname|filename)/.test(source)) {
        return {
          errors: [{ text: 'use import.meta.url (the bundle rewrites it) instead of dirname/filename' }],
        };
      }
      const fromBundle = relative(distDir, args.path).split(sep).join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

/** Writes a file whole or not at all, so a process starting during a build never loads half of one. */
function writeAtomically(path, contents, modifiedAt = new Date()) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  utimesSync(temporary, modifiedAt, modifiedAt);
  renameSync(temporary, path);
}

/** Builds dist/sotchart.js (and its source map) from the sources, whether or not they changed. */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const startedAt = new Date();
  const result = await esbuild
    .build({
      absWorkingDir: serverDir,
      // The audit worker (a thread the server starts, see src/audit/chain-worker.ts) is a file of its own.
      entryPoints: { sotchart: 'src/cli/main.ts', 'chain-worker': 'src/audit/chain-worker.ts' },
      outdir: distDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      sourcemap: 'linked',
      metafile: true,
      write: false,
      logLevel: 'warning',
      plugins: [externalPackages, sourceRelativeUrls],
    })
    // Ends esbuild's helper process, which would otherwise live as long as the server it built.
    .finally(() => esbuild.stop());
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'));
  const allowed = new Set(Object.keys(manifest.dependencies ?? {}));
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  const missing = [...new Set(imports.filter((i) => i.external).map((i) => packageName(i.path)))].filter(
    (name) => name !== undefined && !allowed.has(name),
  );
  if (missing.length > 0) {
    throw new Error(
      `the server imports ${missing.join(', ')}, which package.json does not list under dependencies`,
    );
  }
  mkdirSync(distDir, { recursive: true });
  // The maps first, then the worker, and the bundle last, so a new bundle never points at an old map
  // or starts an old worker.
  const rank = (path) => (path.endsWith('.js') ? (path === bundleFile ? 2 : 1) : 0);
  const files = [...result.outputFiles].sort((a, b) => rank(a.path) - rank(b.path));
  // Dated when the build began: a source saved while it ran is newer, so the next check rebuilds.
  for (const file of files) writeAtomically(file.path, file.contents, startedAt);
  writeAtomically(inputsFile, `${JSON.stringify(Object.keys(result.metafile.inputs).sort(), null, 2)}\n`);
  return bundleFile;
}

/**
 * Returns the URL of dist/sotchart.js, building it first when it is missing or older than its
 * sources. Where esbuild is not installed (a production install) an outdated bundle is used with a
 * warning; a missing one is an error.
 */
export async function ensureServerBuilt({ log = () => {} } = {}) {
  const reason = staleReason();
  if (reason !== undefined) {
    try {
      await import('esbuild');
    } catch {
      if (mtimeMs(bundleFile) === undefined) {
        throw new Error(
          'The server is not built and esbuild is not installed: run `npm install && npm run build`.',
        );
      }
      console.warn(
        `warning: the built server is out of date (${reason}); run \`npm run build\` to rebuild it.`,
      );
      return pathToFileURL(bundleFile).href;
    }
    log(`Building the server (${reason})...`);
    await buildServer();
  }
  return pathToFileURL(bundleFile).href;
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
  console.log(`Built ${relative(process.cwd(), bundleFile)}`);
}
