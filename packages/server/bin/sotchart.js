#!/usr/bin/env node
// The sotchart command. It loads the TypeScript sources through tsx, so it works right after
// `npm install` with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
