import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { openSignedIn, signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

describe('a practitioner finds, registers and reads patients', () => {
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

  const newPage = () => browser.newPage({ viewport: { width: 1024, height: 768 } });

  test('searches by name from the keyboard and opens the patient', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner);
    const search = page.getByRole('searchbox', { name: 'Search patients' });
    assert.equal(
      await search.evaluate((el) => el === document.activeElement),
      true,
      'the search box has focus',
    );
    await search.pressSequentially('okaf');
    await page.getByText('1 patient matching “okaf”').waitFor();
    assert.equal(await page.locator('#patient-results a').count(), 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Amelia Okafor' }).waitFor();
  });

  test(
    'the timeline shows the demo visits newest first, with categories and a trend chart',
    uiTest,
    async () => {
      const page = await openSignedIn(newPage, server.url, owner, '/patients?q=Okafor');
      await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
      const timeline = page.getByRole('table', { name: /Visit timeline/ });
      await timeline.waitFor();
      const times = await timeline
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-visit-at') ?? ''));
      assert.ok(times.length >= 3, `expected several demo visits, got ${times.length}`);
      assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
      assert.ok((await timeline.getByText(/^Cat (I|II|III)/).count()) >= times.length);
      await page.locator('.recharts-surface').first().waitFor();
      assert.ok((await page.locator('.recharts-line-dot, .recharts-dot').count()) >= 2, 'one dot per visit');
      await screenshot(page, 'patient-page-owner');
    },
  );

  test(
    'registers a patient: an invalid field is reported inline, corrected, then saved',
    uiTest,
    async () => {
      const page = await openSignedIn(newPage, server.url, owner);
      await page.getByRole('link', { name: 'New patient' }).click();
      await page.getByRole('heading', { name: 'New patient' }).waitFor();
      await page.getByLabel('Given name').fill('Iris');
      await page.getByLabel('Family name').fill('Testwell');
      await page.getByLabel('Chart number').fill('E2E-001');
      await page.getByLabel('Date of birth').fill('1984-02-29');
      await page.getByLabel('Email').fill('iris.testwell@');
      await page.getByRole('button', { name: 'Save patient' }).click();

      const summary = page.getByRole('alert').filter({ hasText: 'The patient was not saved' });
      await summary.waitFor();
      assert.equal(
        await summary.evaluate((el) => el === document.activeElement),
        true,
        'the summary takes focus',
      );
      const email = page.getByLabel('Email');
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      const described = (await email.getAttribute('aria-describedby')) ?? '';
      assert.match(
        (await page.locator(`[id="${described}"]`).textContent()) ?? '',
        /Email must be an email address/,
      );
      assert.equal(await page.getByLabel('Given name').inputValue(), 'Iris', 'the input is kept');
      await screenshot(page, 'new-patient-with-error');

      await summary.getByRole('link', { name: /Email/ }).click();
      assert.equal(
        await email.evaluate((el) => el === document.activeElement),
        true,
        'the summary links to the field',
      );
      await email.fill('iris.testwell@example.com');
      await page.getByRole('button', { name: 'Save patient' }).click();
      await page.getByRole('heading', { level: 1, name: 'Iris Testwell' }).waitFor();
      assert.match((await page.locator('.header-facts').textContent()) ?? '', /E2E-001/);

      await page.getByRole('link', { name: 'Patients', exact: true }).click();
      await page.getByRole('searchbox').fill('E2E-001');
      await page.getByRole('link', { name: /Testwell, Iris/ }).waitFor();
    },
  );

  test(
    'keeps the form when the session expires mid-entry and saves it after signing in again',
    uiTest,
    async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/patients/new`);
      await signInThroughUi(page, owner);
      await page.getByRole('heading', { name: 'New patient' }).waitFor();
      await page.getByLabel('Given name').fill('Otto');
      await page.getByLabel('Family name').fill('Expired');
      await page.getByLabel('Chart number').fill('E2E-002');
      await page.getByLabel('Date of birth').fill('1970-06-15');
      await context.clearCookies();
      await page.getByRole('button', { name: 'Save patient' }).click();

      const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
      await dialog.waitFor();
      await screenshot(page, 'session-expired-dialog');
      assert.equal(await dialog.getByLabel('Email').inputValue(), owner.email);
      await dialog.getByLabel('Password').fill(owner.password);
      await dialog.getByRole('button', { name: 'Sign in and carry on' }).click();
      await page.getByRole('heading', { level: 1, name: 'Otto Expired' }).waitFor();
      await context.close();
    },
  );

  test('“New visit” opens a draft visit at its own address', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner, '/patients?q=Okafor');
    await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
    const before = await page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .count();
    await page.getByRole('button', { name: 'New visit' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]+\/visits\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: /Visit/ }).waitFor();
    await page.goBack();
    const rows = page.getByRole('table', { name: /Visit timeline/ }).locator('tbody tr');
    await page.waitForFunction((n) => document.querySelectorAll('table tbody tr').length > n, before);
    assert.match((await rows.first().textContent()) ?? '', /Draft/);
  });

  test('archives a patient, who then leaves the default search', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner, '/patients?q=Testwell');
    await page.getByRole('link', { name: /Testwell, Iris/ }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: /Archive Iris Testwell/ });
    await dialog.getByRole('button', { name: 'Archive patient' }).click();
    await page.locator('.header-facts').getByText('Archived').waitFor();
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('searchbox').fill('Testwell');
    await page.getByText('No patient matches that search.').waitFor();
    await page.getByLabel('Include archived').check();
    await page.getByRole('link', { name: /Testwell, Iris/ }).waitFor();
  });
});
