#!/usr/bin/env node
// The sotchart command. It runs the compiled server and CLI, dist/sotchart.js, with no TypeScript
// loader; where the build tools are installed it first rebuilds that file if a source is newer.
import { ensureServerBuilt } from '../scripts/build.mjs';

const bundle = await ensureServerBuilt();
// Stack traces then name the TypeScript source lines, not the bundle's.
process.setSourceMapsEnabled(true);
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
