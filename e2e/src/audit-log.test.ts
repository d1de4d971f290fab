import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { openSignedIn } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

describe('an owner reads the audit log', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('names the patients and narrows the log by user, action and date', uiTest, async () => {
    const page = await openSignedIn(
      () => browser.newPage({ viewport: { width: 1440, height: 900 } }),
      server.url,
      owner,
      '/patients?q=Okafor',
    );
    await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Amelia Okafor' }).waitFor();
    await page.goto(`${server.url}/audit`);
    const table = page.getByRole('table', { name: 'Accesses, newest first' });
    // The patient is named as the list names her, never by an id.
    await table.getByRole('link', { name: 'Okafor, Amelia' }).first().waitFor();

    // The URL changes a moment before the new answer replaces the rows, so wait until every row
    // shows the filter's value, then read them: a row of another value fails after the wait's timeout.
    const columnReads = async (column: number, value: string) => {
      await page.waitForFunction(
        ([c, v]) => {
          const tds = Array.from(document.querySelectorAll(`table tbody tr td:nth-child(${c})`));
          return tds.length > 0 && tds.every((td) => td.textContent === v);
        },
        [column, value] as const,
      );
      return [...new Set(await table.locator(`tbody tr td:nth-child(${column})`).allTextContents())];
    };

    await page.getByLabel('Action').selectOption({ label: 'Read' });
    await page.waitForURL(/action=read/);
    assert.deepEqual(await columnReads(3, 'Read'), ['Read']);

    const user = page.getByLabel('User');
    const someone = (await user.locator('option').nth(1).textContent()) ?? '';
    await user.selectOption({ label: someone });
    await page.waitForURL(/actorId=/);
    assert.deepEqual(await columnReads(2, someone), [someone]);
    await screenshot(page, 'audit-log-filtered');

    await page.getByLabel('From').fill('2001-01-01');
    await page.getByLabel('To', { exact: true }).fill('2001-01-31');
    await page.getByText('No accesses recorded.').waitFor();

    await page.getByLabel('From').fill('2001-02-01');
    await page.getByText('must be on or after the first date').waitFor();
    assert.equal(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid'), 'true');
  });
});
