import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { apiSession, createTestUser, type ApiSession } from './support/api-session';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { openSignedIn, signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

describe('roles in the web app', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  let ownerApi: ApiSession;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
    ownerApi = await apiSession(server.url, owner);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const newPage = () => browser.newPage({ viewport: { width: 1024, height: 768 } });

  test('an assistant sees demographics and visit dates, and no clinical content', uiTest, async () => {
    const assistant = await createTestUser(server.url, ownerApi, 'assistant', {
      displayName: 'Alex Assistant',
    });
    const page = await openSignedIn(newPage, server.url, assistant, '/patients?q=Okafor');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Today', 'Patients', 'Schedule']);

    await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Amelia Okafor' }).waitFor();
    const timeline = page.getByRole('table', { name: /Visit timeline/ });
    await timeline.locator('tbody tr').first().waitFor();
    assert.deepEqual(await timeline.locator('thead th').allTextContents(), ['Date', 'Type', 'Status']);
    assert.equal(await timeline.getByRole('link').count(), 0, 'no way into a visit');
    const main = page.getByRole('main');
    for (const clinical of [
      /Cat (I|II|III)/,
      /Last category/,
      /Current episode/,
      /Episodes of care/,
      /Trends/,
      /Key indicators/,
    ]) {
      assert.equal(await main.getByText(clinical).count(), 0, `no ${clinical} on an assistant's screen`);
    }
    assert.equal(await page.getByRole('button', { name: 'New visit' }).count(), 0);
    assert.equal(await page.locator('.recharts-surface').count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 1, 'demographics stay editable');
    await screenshot(page, 'patient-page-assistant');

    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
  });

  test(
    'an assistant sees whether questionnaires are done, and no score, answer or history on the patient and outcomes pages',
    uiTest,
    async () => {
      const [amelia] = (
        await ownerApi.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor%20Amelia')
      ).items;
      assert.ok(amelia !== undefined, 'the demo patient');
      // What the owner's record holds, so the test knows what must not show.
      const medical = await ownerApi.call<{ history: Record<string, string[]> }>(
        'GET',
        `/api/patients/${amelia.id}/history`,
      );
      const historyItems = Object.values(medical.history).flat();
      assert.ok(historyItems.length > 0, 'the demo patient has a history');
      const progress = await ownerApi.call<{ series: unknown[] }>(
        'GET',
        `/api/patients/${amelia.id}/outcomes`,
      );
      assert.ok(progress.series.length > 0, 'the demo patient has scores');

      const assistant = await createTestUser(server.url, ownerApi, 'assistant', {
        displayName: 'Ari Assistant',
      });
      const page = await newPage();
      // Every answer about a patient the assistant's browser receives, to check no score or history
      // reaches it (instrument forms, not patient data, describe their score ranges).
      const answers: Promise<string>[] = [];
      page.on('response', (res) => {
        if (res.url().includes('/api/patients/') && res.headers()['content-type']?.includes('json') === true)
          answers.push(res.text().catch(() => ''));
      });
      await page.goto(`${server.url}/patients/${amelia.id}`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInThroughUi(page, assistant);
      await page.getByRole('heading', { level: 1, name: 'Amelia Okafor' }).waitFor();
      const main = page.getByRole('main');
      const done = main.getByRole('list', { name: 'Questionnaires done' });
      await done.getByRole('listitem').first().waitFor();
      assert.match(await done.innerText(), /done \d{1,2} \w{3} \d{4}/, 'when each questionnaire was done');
      for (const hidden of [
        /Medical history/,
        /Allergies/,
        /Conditions/,
        /\((improved|worse|unchanged)\)/,
        /baseline/,
      ])
        assert.equal(await main.getByText(hidden).count(), 0, `no ${hidden} on an assistant's patient page`);
      for (const item of historyItems)
        assert.equal(
          await main.getByText(item, { exact: false }).count(),
          0,
          `no "${item}" from the history`,
        );
      await screenshot(page, 'patient-page-assistant-outcomes');

      await page.getByRole('link', { name: 'Outcomes and tablet forms' }).click();
      await page.getByRole('heading', { level: 1, name: 'Outcomes — Amelia Okafor' }).waitFor();
      const schedule = page.getByRole('table').first();
      await schedule.locator('tbody tr').first().waitFor();
      assert.deepEqual(await schedule.locator('thead th').allTextContents(), [
        'Questionnaire',
        'Last done',
        'Next',
        'Due',
        'Status',
      ]);
      await page.getByRole('heading', { name: 'Send a form to the tablet' }).waitFor();
      for (const hidden of ['Progress', 'Enter answers', 'Category history'])
        assert.equal(await page.getByRole('heading', { name: hidden }).count(), 0, `no ${hidden}`);
      assert.equal(await page.locator('.recharts-surface').count(), 0, 'no score chart');
      await page.getByRole('heading', { name: 'From the tablet' }).waitFor();
      await screenshot(page, 'outcomes-page-assistant');

      const bodies = await Promise.all(answers);
      assert.ok(bodies.length > 0);
      for (const body of bodies)
        assert.doesNotMatch(body, /"(history|score|answers|series|notes)":|"intake":\{/, body.slice(0, 200));
    },
  );

  test('the owner reads who opened a patient’s record in its access log', uiTest, async () => {
    const page = await openSignedIn(newPage, server.url, owner, '/patients?q=Okafor');
    await page.getByRole('link', { name: /Okafor, Amelia/ }).click();
    await page.getByRole('link', { name: 'Access log' }).click();
    await page.getByRole('heading', { name: 'Access log: Amelia Okafor' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const text = await rows.allTextContents();
    assert.ok(
      text.some((row) => row.includes('Alex Assistant') && row.includes('Read')),
      text.join('\n'),
    );
    assert.ok(text.some((row) => row.includes('Dr Dana Demo') && row.includes('Read')));
  });

  test(
    'an owner resets a user’s password and that user must choose a new one at sign-in',
    uiTest,
    async () => {
      const practitioner = await createTestUser(server.url, ownerApi, 'practitioner', {
        displayName: 'Pat Practitioner',
      });
      const page = await openSignedIn(newPage, server.url, owner, '/admin/users');
      await page.getByRole('button', { name: 'Reset password of Pat Practitioner' }).click();
      const dialog = page.getByRole('dialog', { name: /Reset the password of Pat Practitioner/ });
      await dialog.getByRole('button', { name: 'Reset password' }).click();
      const temporary = (await dialog.locator('[data-temporary-password]').textContent()) ?? '';
      assert.ok(temporary.length >= 12, 'a temporary password is shown');
      await screenshot(page, 'admin-reset-password');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await page
        .getByRole('row', { name: /Pat Practitioner/ })
        .getByText('Must change password')
        .waitFor();

      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const user = await context.newPage();
      await user.goto(`${server.url}/sign-in`);
      await user.getByLabel('Email').fill(practitioner.email);
      await user.getByLabel('Password', { exact: true }).fill(practitioner.password);
      await user.getByRole('button', { name: 'Sign in' }).click();
      await user
        .getByRole('alert')
        .getByText(/do not match/)
        .waitFor();

      await signInThroughUi(user, { email: practitioner.email, password: temporary });
      await user.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      assert.equal(await user.getByRole('navigation', { name: 'Main' }).count(), 0);
      await screenshot(user, 'forced-password-change');
      await user.goto(`${server.url}/patients`);
      await user.getByRole('heading', { name: 'Choose a new password' }).waitFor();

      await user.getByLabel('Current password').fill(temporary);
      await user.getByLabel('New password', { exact: true }).fill('password');
      await user.getByLabel('New password again').fill('password');
      await user.getByRole('button', { name: 'Change password' }).click();
      const newPassword = user.getByLabel('New password', { exact: true });
      await user.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
      assert.equal(
        await newPassword.getAttribute('aria-invalid'),
        'true',
        'a weak password is refused inline',
      );

      await newPassword.fill('amber-meadow-compass-88');
      await user.getByLabel('New password again').fill('amber-meadow-compass-88');
      await user.getByRole('button', { name: 'Change password' }).click();
      await user.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
      await context.close();
    },
  );
});
