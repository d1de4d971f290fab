import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, runCli, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { uiTest } from './support/ui-test-options';

/**
 * Emails are unique per clinic, so one person may own accounts in two clinics with one password. The
 * sign-in screen then asks which clinic instead of guessing. This server gets a second clinic whose
 * owner has the demo owner's email and password, made with `sotchart setup` as an operator would.
 */
describe('signing in with one email in two clinics', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sotchart-e2e-choice-'));
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  before(async () => {
    server = await startServerProcess({ DATA_DIR: dataDir });
    owner = demoLogin(server);
    const setup = await runCli(
      [
        'setup',
        '--clinic-name',
        'Lakeside SOT Clinic',
        '--time-zone',
        'Europe/Rome',
        '--email',
        owner.email,
        '--name',
        'Dr Dana Demo',
      ],
      { DATA_DIR: dataDir },
      `${owner.password}\n`,
    );
    assert.equal(setup.code, 0, setup.stderr);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('asks which clinic, then signs into the one chosen', uiTest, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${server.url}/patients`);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const choice = page.getByRole('group', { name: /more than one clinic/ });
    await choice.waitFor();
    await screenshot(page, 'sign-in-clinic-choice');
    await choice.getByLabel('Lakeside SOT Clinic').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    // The clinic's name sits in the account menu (hidden on a narrow screen, so read, not seen).
    assert.equal((await page.locator('.account-clinic').textContent())?.trim(), '· Lakeside SOT Clinic');
  });
});
