import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { chartingContext, freshPatient, tabletContext, tabTo } from './charting-helpers';
import { apiSession, createTestUser, type ApiSession } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import type { Credentials } from './support/demo-login';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { screenshot } from './support/screenshot';
import { sharedDemoServer } from './support/shared-server';
import { signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

const visitPath = /\/patients\/[0-9a-f-]+\/visits\/[0-9a-f-]+$/;

/** `HH:MM` on the clinic's clock, as the day list and the charting header write it. */
const clinicTime = (instant: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );

describe('the day list: a practitioner starts the visit from the appointment (issue 22)', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  /** A practitioner of the demo clinic with this test's appointment as their whole day. */
  let practitioner: Credentials & { readonly id: string };
  let api: ApiSession;
  let time: string;
  let lateTime: string;
  let patientId: string;

  before(async () => {
    browser = await launchBrowser();
    api = await apiSession(server.url, server.owner);
    practitioner = await createTestUser(server.url, api, 'practitioner', { displayName: 'Dr Dana Day' });
    const settings = await api.call<{ appointmentTypes: { id: string; kind: string }[] }>(
      'GET',
      '/api/schedule-settings',
    );
    patientId = await freshPatient(api, 'Dayton');
    // Booked to start this minute: today wherever the clinic is, and not late yet.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const startAt = new Date(minute).toISOString();
    const typeId = settings.appointmentTypes.find((t) => t.kind === 'follow_up')?.id;
    await api.call('POST', '/api/appointments', {
      patientId,
      practitionerId: practitioner.id,
      typeId,
      startAt,
    });
    // Another patient, 20 minutes ago and not here: late.
    const lateAt = new Date(minute - 20 * 60_000).toISOString();
    const latePatient = await freshPatient(api, 'Latimer');
    await api.call('POST', '/api/appointments', {
      patientId: latePatient,
      practitionerId: practitioner.id,
      typeId,
      startAt: lateAt,
    });
    const { timeZone } = await api.call<{ timeZone: string }>('GET', '/api/day-list');
    time = clinicTime(startAt, timeZone);
    lateTime = clinicTime(lateAt, timeZone);
  });
  after(async () => {
    await browser?.close();
  });

  const row = (page: Page) => page.getByRole('listitem', { name: `${time} Dayton, Test` });

  /** No serious axe violation, 44 px targets, no sideways scroll. */
  async function checkLayout(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${name}: controls under 44 px`);
    assert.equal(await scrollsSideways(page), false, `${name}: scrolls sideways`);
  }

  test(
    'signs in onto the day list, starts the visit by keyboard, and comes back to it charted',
    uiTest,
    async () => {
      const context = await chartingContext(browser, { viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInThroughUi(page, practitioner);
      await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/today');
      await row(page).getByText('Booked', { exact: true }).waitFor();
      // Their own day: the filter starts on them, since they have appointments today.
      assert.equal(await page.getByLabel('Practitioner').inputValue(), practitioner.id);
      await row(page).getByText('Follow-up').waitFor();
      await row(page).getByText('Consent missing: treatment').waitFor();
      await checkLayout(page, 'day-list-desktop');

      // Keyboard only: Tab to the row's one primary action and press Enter.
      await tabTo(page, /^Start visit: Dayton, Test/);
      await page.keyboard.press('Enter');
      await page.waitForURL(visitPath);
      await page.getByRole('heading', { name: 'Red-flag screen' }).waitFor();
      await page.getByText(`From the ${time} Follow-up appointment`).waitFor();
      await screenshot(page, 'day-list-visit-header');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
      await row(page).getByText('Charted', { exact: true }).waitFor();
      await row(page)
        .getByRole('button', { name: /^Open visit: Dayton, Test/ })
        .waitFor();
      await screenshot(page, 'day-list-charted');
      await context.close();
    },
  );

  test('on a 1024×768 touch tablet, marks the late patient and cancels with a reason', uiTest, async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/today`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, practitioner);
    await row(page).waitFor();
    const late = page.getByRole('listitem', { name: `${lateTime} Latimer, Test` });
    await late.getByText(/^Late (2\d|3\d) min$/).waitFor();
    await checkLayout(page, 'day-list-tablet');

    await late.getByText('More', { exact: true }).tap();
    const menu = late.getByRole('group', { name: /^More actions: Latimer, Test/ });
    assert.deepEqual(await menu.getByRole('button').allTextContents(), [
      'Arrived',
      'In room',
      'No-show',
      'Cancel…',
    ]);
    await screenshot(page, 'day-list-tablet-more', false);
    await menu.getByRole('button', { name: 'Cancel…' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Cancel Latimer, Test’s appointment' });
    await dialog.getByRole('button', { name: 'Cancel appointment' }).tap();
    await dialog.getByText('Say why it is cancelled').waitFor();
    await dialog.getByLabel('Reason').fill('Called: stuck in traffic, rebooking');
    await dialog.getByRole('button', { name: 'Cancel appointment' }).tap();
    await late.locator('.day-stage').getByText('Cancelled', { exact: true }).waitFor();
    await late.getByText('Called: stuck in traffic, rebooking').waitFor();
    assert.equal(await late.getByText(/^Late/).count(), 0, 'a cancelled appointment is never late');
    await screenshot(page, 'day-list-tablet-cancelled');
    await context.close();
  });
});
