import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { freshPatient, waitForFocus } from './charting-helpers';
import { apiSession, createTestUser, type ApiSession } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import type { Credentials } from './support/demo-login';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { screenshot } from './support/screenshot';
import { sharedDemoServer } from './support/shared-server';
import { openSignedIn } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

const day = 24 * 60 * 60 * 1000;
const visitPath = /\/patients\/[0-9a-f-]+\/visits\/([0-9a-f-]+)$/;

interface VisitBody {
  readonly id: string;
  readonly episodeId: string | null;
  readonly status: string;
}

describe('drafts: today’s draft, the episode of a new visit, and drafts left unsigned', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  /** A practitioner of the demo clinic with no visits of their own, so the counts are theirs alone. */
  let practitioner: Credentials;
  let api: ApiSession;
  before(async () => {
    browser = await launchBrowser();
    const owner = await apiSession(server.url, server.owner);
    practitioner = await createTestUser(server.url, owner, 'practitioner', { displayName: 'Dana Drafts' });
    api = await apiSession(server.url, practitioner);
  });
  after(async () => {
    await browser?.close();
  });

  /** A page of its own browser context (so each test signs in afresh) at 1024 × 768. */
  const newPage = async (): Promise<Page> => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    context.setDefaultTimeout(90_000);
    return context.newPage();
  };
  const done = (page: Page) => page.context().close();
  const visitsOf = (patientId: string) => api.call<VisitBody[]>('GET', `/api/patients/${patientId}/visits`);
  const newDraft = (patientId: string, visitAt: Date, type = 'follow_up') =>
    api.call<VisitBody>('POST', `/api/patients/${patientId}/visits`, {
      visitAt: visitAt.toISOString(),
      type,
    });
  const visitIdOf = (page: Page): string => visitPath.exec(new URL(page.url()).pathname)?.[1] ?? '';

  test(
    "“Continue today's draft” opens the draft already started today, and no second one is made",
    uiTest,
    async () => {
      const patientId = await freshPatient(api, 'Continua');
      const draft = await newDraft(patientId, new Date(), 'new_patient');
      const before = await visitsOf(patientId);

      const page = await openSignedIn(newPage, server.url, practitioner, `/patients/${patientId}`);
      await page.getByRole('heading', { level: 1, name: 'Test Continua' }).waitFor();
      const carryOn = page.getByRole('link', { name: "Continue today's draft" });
      await carryOn.waitFor();
      await page.getByRole('button', { name: 'Start another visit' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'New visit' }).count(), 0, 'no silent new draft');
      await screenshot(page, 'new-visit-todays-draft');

      await carryOn.click();
      await page.waitForURL(visitPath);
      assert.equal(visitIdOf(page), draft.id);
      await page.getByRole('heading', { level: 1, name: /Visit/ }).waitFor();
      const after = await visitsOf(patientId);
      assert.equal(after.length, before.length);
      assert.deepEqual(
        after.map((v) => v.id),
        [draft.id],
      );
      await done(page);
    },
  );

  test('with two open episodes, a new visit asks which one it belongs to, by keyboard', uiTest, async () => {
    const patientId = await freshPatient(api, 'Duplex');
    const episode = (startDate: string, complaint: string, endDate: string | null = null) =>
      api.call<{ id: string }>('POST', `/api/patients/${patientId}/episodes`, {
        startDate,
        endDate,
        complaint,
        onset: 'subacute',
      });
    const lowBack = await episode('2026-01-05', 'Low back pain');
    const neck = await episode('2026-02-10', 'Neck pain after a fall');
    await episode('2025-06-01', 'Shoulder strain', '2025-08-01');

    const page = await openSignedIn(newPage, server.url, practitioner, `/patients/${patientId}`);
    await page.getByRole('heading', { level: 1, name: 'Test Duplex' }).waitFor();
    const newVisit = page.getByRole('button', { name: 'New visit' });
    await newVisit.and(page.locator(':enabled')).waitFor();
    await newVisit.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Which episode is this visit for?' });
    await dialog.waitFor();
    const choices = await dialog
      .getByRole('radio')
      .evaluateAll((radios) =>
        radios.map((r) => (r as HTMLInputElement).labels?.[0]?.childNodes[0]?.textContent ?? ''),
      );
    assert.deepEqual(
      choices,
      ['Neck pain after a fall', 'Low back pain', 'No episode'],
      'the open episodes, the latest started first, then none; the closed one is not offered',
    );
    await dialog.getByText('Started 5 Jan 2026, active care').waitFor();
    const neckOption = dialog.getByRole('radio', { name: /Neck pain/ });
    assert.equal(await neckOption.isChecked(), true, 'the current episode is chosen to start with');
    await screenshot(page, 'new-visit-episode-choice', false);

    // The dialog takes the focus on the chosen episode; arrows move the choice, Tab reaches the button.
    await waitForFocus(neckOption);
    await page.keyboard.press('ArrowDown');
    await waitForFocus(dialog.getByRole('radio', { name: /Low back pain/ }));
    assert.equal(await dialog.getByRole('radio', { name: /Low back pain/ }).isChecked(), true);
    await page.keyboard.press('Tab');
    await waitForFocus(dialog.getByRole('button', { name: 'Start visit' }));
    await page.keyboard.press('Enter');

    await page.waitForURL(visitPath);
    const created = await api.call<VisitBody>('GET', `/api/visits/${visitIdOf(page)}`);
    assert.equal(created.episodeId, lowBack.id);
    assert.notEqual(created.episodeId, neck.id);
    assert.equal((await visitsOf(patientId)).length, 1);
    await done(page);
  });

  test(
    'the navigation counts drafts older than a day, and the drafts page lists and opens them',
    uiTest,
    async () => {
      const patientId = await freshPatient(api, 'Vetus');
      const stale = await newDraft(patientId, new Date(Date.now() - 3 * day));

      const page = await openSignedIn(newPage, server.url, practitioner, '/patients');
      const nav = page.getByRole('navigation', { name: 'Main' });
      // Only this draft is more than a day old: the earlier tests' drafts are from today.
      const drafts = nav.getByRole('link', { name: 'Drafts (1)' });
      await drafts.waitFor();
      await drafts.click();

      await page.getByRole('heading', { level: 1, name: 'Unsigned drafts' }).waitFor();
      const table = page.getByRole('table', { name: 'Unsigned drafts, oldest first' });
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), 1);
      const row = rows.first();
      assert.equal(await row.getAttribute('data-visit-id'), stale.id);
      await row.getByRole('link', { name: 'Vetus, Test', exact: true }).waitFor();
      await row.getByText('Follow-up').waitFor();
      assert.deepEqual(await seriousViolations(page), [], describeViolations(await seriousViolations(page)));
      assert.equal(await scrollsSideways(page), false, 'no sideways scrolling at 1024 px');
      assert.deepEqual(await smallTargets(page), []);
      await screenshot(page, 'drafts-page');

      await row.getByRole('link', { name: /^Open draft/ }).click();
      await page.waitForURL(visitPath);
      assert.equal(visitIdOf(page), stale.id);
      await done(page);
    },
  );

  test('roles that do not chart have no drafts link', uiTest, async () => {
    const owner = await apiSession(server.url, server.owner);
    const auditor = await createTestUser(server.url, owner, 'auditor');
    const page = await openSignedIn(newPage, server.url, auditor, '/patients');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Patients' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: /Drafts/ }).count(), 0);
    await done(page);
  });
});
