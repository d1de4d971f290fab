import { after, before } from 'node:test';
import { startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './demo-login';

/** A running demo server as a test file uses it: its address and the demo owner's sign-in. */
export interface DemoServer {
  readonly url: string;
  readonly owner: Credentials;
}

/** How the global setup hands its server to the test files, each in a process of its own. */
export const sharedServerVariable = 'SOTCHART_E2E_SHARED_SERVER';

export function demoServerOf(server: ServerProcess): DemoServer {
  return { url: server.url, owner: demoLogin(server) };
}

/**
 * The run's shared demo server, for a test file whose tests touch only records they make themselves
 * (fresh patients, their own users) and change no clinic setting, so files can share it while they
 * run side by side. It is the one `shared-server-setup.ts` started for the run; a file run on its own
 * (or on a Node without `--test-global-setup`) starts its own before its tests and stops it after.
 * Call it inside `describe`; read the fields inside tests.
 */
export function sharedDemoServer(): DemoServer {
  let server: DemoServer | undefined;
  let own: ServerProcess | undefined;
  before(async () => {
    const shared = process.env[sharedServerVariable];
    if (shared !== undefined) {
      server = JSON.parse(shared) as DemoServer;
      return;
    }
    own = await startServerProcess();
    server = demoServerOf(own);
  });
  after(async () => {
    await own?.stop();
  });
  const started = (): DemoServer => {
    if (server === undefined) throw new Error('the demo server is read before its before() hook ran');
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    get owner() {
      return started().owner;
    },
  };
}
