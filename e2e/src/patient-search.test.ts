import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './support/demo-login';
import { openSignedIn } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

describe('the front desk finds a patient the way people type', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  let page: Page;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
    page = await openSignedIn(
      () => browser.newPage({ viewport: { width: 1024, height: 768 } }),
      server.url,
      owner,
    );
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // The demo clinic's Isabella Alvarez, chart number SOT-1009, typed each way of issue 21.
  for (const typed of ['Alvarez, Isabella', 'Isabella Alvarez', '1009', 'isabela']) {
    test(`Enter straight after typing “${typed}” opens her chart`, uiTest, async () => {
      await page.goto(`${server.url}/patients`);
      const search = page.getByRole('searchbox', { name: 'Search patients' });
      await search.fill(typed);
      // Pressed before the search has answered: it opens the match once it has.
      await search.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Isabella Alvarez' }).waitFor();
    });
  }

  test('Enter on a search with several matches stays on the list', uiTest, async () => {
    await page.goto(`${server.url}/patients`);
    const search = page.getByRole('searchbox', { name: 'Search patients' });
    await search.fill('a');
    await search.press('Enter');
    await page.getByText(/patients matching “a”/).waitFor();
    assert.ok((await page.locator('#patient-results a').count()) > 1);
    assert.equal(new URL(page.url()).pathname, '/patients');
  });
});
