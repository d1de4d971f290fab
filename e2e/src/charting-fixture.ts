import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { chartingContext, freshPatient, openNewVisit } from './charting-helpers';
import { apiSession, type ApiSession } from './support/api-session';
import type { Credentials } from './support/demo-login';
import { sharedDemoServer, type DemoServer } from './support/shared-server';

/** A new visit open on the charting screen, signed in, in a browser context of its own. */
export interface OpenVisit {
  readonly patientId: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** What every charting test file shares: the demo server, a browser and the owner's API session. */
export interface ChartingFixture {
  readonly url: string;
  readonly owner: Credentials;
  readonly browser: Browser;
  /** The demo owner, signed in over the API, for setting up and reading back records. */
  readonly session: ApiSession;
  /** A laptop-sized browser context with waits for a busy machine (close it at the end of the test). */
  newContext(): Promise<BrowserContext>;
  /** A patient made for one test, with no earlier visits. */
  freshPatient(familyName: string): Promise<string>;
  /** Signs in on the patient's page and opens a new visit there, in a new context. */
  openNewVisit(patientId: string): Promise<OpenVisit>;
  /** Signed in, a fresh patient, an open new visit: where most charting tests start. */
  openFreshVisit(familyName: string): Promise<OpenVisit>;
}

/**
 * Registers the hooks of a charting test file (call it inside `describe`) and returns its fixture,
 * whose fields are ready inside tests. The server is the run's shared one: each test charts its own
 * fresh patient, so the files stay independent while they share it.
 */
export function chartingFixture(): ChartingFixture {
  const server: DemoServer = sharedDemoServer();
  let browser: Browser | undefined;
  let session: ApiSession | undefined;
  before(async () => {
    browser = await launchBrowser();
    session = await apiSession(server.url, server.owner);
  });
  after(async () => {
    await browser?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the charting fixture is read before its before() hook ran');
    return value;
  };
  const fixture: ChartingFixture = {
    get url() {
      return server.url;
    },
    get owner() {
      return server.owner;
    },
    get browser() {
      return ready(browser);
    },
    get session() {
      return ready(session);
    },
    newContext: () => chartingContext(ready(browser)),
    freshPatient: (familyName) => freshPatient(ready(session), familyName),
    async openNewVisit(patientId) {
      const context = await fixture.newContext();
      const page = await openNewVisit(context, server.url, server.owner, patientId);
      return { patientId, context, page };
    },
    async openFreshVisit(familyName) {
      return fixture.openNewVisit(await fixture.freshPatient(familyName));
    },
  };
  return fixture;
}
