import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';

describe('the web app shell in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('opens / and shows the app header and navigation', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('banner').getByText('SOT Chart').waitFor();
    assert.equal(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).count(),
      1,
    );
  });

  test('a deep link is answered by the app, not a 404', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${server.url}/patients`);
    assert.equal(res?.status(), 200);
    await page.getByRole('banner').getByText('SOT Chart').waitFor();
  });
});
