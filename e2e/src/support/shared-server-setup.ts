// node's test runner loads this through --test-global-setup (scripts/run-tests.mjs) before any test
// file: one demo server for every browser-test file that shares it (see sharedDemoServer), instead of
// one start-up per file. The runner loads this module without tsx, so node strips its types but cannot
// resolve the project's extensionless imports: those go through tsx's own import.
import type * as TestSupport from '@sotchart/test-support';
import { tsImport } from 'tsx/esm/api';
import type * as SharedServer from './shared-server';

let server: TestSupport.ServerProcess | undefined;

export async function globalSetup(): Promise<void> {
  const support = (await tsImport('@sotchart/test-support', import.meta.url)) as typeof TestSupport;
  const shared = (await tsImport('./shared-server', import.meta.url)) as typeof SharedServer;
  server = await support.startServerProcess();
  // Test files run in child processes, which inherit this environment.
  process.env[shared.sharedServerVariable] = JSON.stringify(shared.demoServerOf(server));
}

export async function globalTeardown(): Promise<void> {
  await server?.stop();
}
