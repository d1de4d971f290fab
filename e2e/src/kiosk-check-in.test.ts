import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { chartingContext, tabletContext } from './charting-helpers';
import { apiSession, createTestUser, type ApiSession } from './support/api-session';
import { describeViolations, seriousViolations } from './support/axe-scan';
import { demoLogin, type Credentials } from './support/demo-login';
import { scrollsSideways, smallTargets } from './support/layout-checks';
import { odiTaps } from './support/odi-taps';
import { screenshot } from './support/screenshot';
import { openSignedIn } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

/** The day list asks again every 30 s; allow for a slow machine. */
const refreshed = { timeout: 60_000 };

describe('the kiosk check-in: one hand-over from the day list (issue 22)', () => {
  let server: ServerProcess;
  let browser: Browser;
  let desk: Credentials;
  let api: ApiSession;
  let time: string;

  before(async () => {
    // A server of its own: the test changes the clinic's questionnaire schedule.
    server = await startServerProcess();
    browser = await launchBrowser();
    api = await apiSession(server.url, demoLogin(server));
    desk = await createTestUser(server.url, api, 'assistant', { displayName: 'Fran Desk' });
    const practitioner = await createTestUser(server.url, api, 'practitioner', { displayName: 'Dr Kim' });
    const settings = await api.call<{ version: number }>('GET', '/api/outcome-settings');
    await api.call('PUT', '/api/outcome-settings', { version: settings.version, instruments: ['odi'] });
    const patientId = (
      await api.call<{ id: string }>('POST', '/api/patients', {
        chartNumber: 'K-2200',
        givenName: 'Noor',
        familyName: 'Haddad',
        dateOfBirth: '1979-04-18',
        sex: 'female',
      })
    ).id;
    // A new episode today: its ODI baseline is due; no consent to treatment is on file.
    const { today } = await api.call<{ today: string }>('GET', `/api/patients/${patientId}/outcome-schedule`);
    await api.call('POST', `/api/patients/${patientId}/episodes`, {
      startDate: today,
      complaint: 'Low back pain',
      onset: 'acute',
      plan: { visitsPerWeek: 1, durationWeeks: 6, goals: [], reExamDate: null },
    });
    const types = await api.call<{ appointmentTypes: { id: string; kind: string }[] }>(
      'GET',
      '/api/schedule-settings',
    );
    const startAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 5 * 60_000).toISOString();
    await api.call('POST', '/api/appointments', {
      patientId,
      practitionerId: practitioner.id,
      typeId: types.appointmentTypes.find((t) => t.kind === 'follow_up')?.id,
      startAt,
    });
    const { timeZone } = await api.call<{ timeZone: string }>('GET', '/api/day-list');
    time = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(startAt));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** No serious or critical axe violation, 44 px targets, no sideways scroll. */
  async function checkTablet(page: Page, name: string): Promise<void> {
    await screenshot(page, `kiosk-check-in-${name}`);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${name}: controls under 44 px`);
    assert.equal(await scrollsSideways(page), false, `${name}: scrolls sideways`);
  }

  test(
    'the desk hands the tablet over; the patient checks in, answers the ODI and signs consent; the day list shows the arrival',
    uiTest,
    async () => {
      const office = await chartingContext(browser, { viewport: { width: 1280, height: 800 } });
      const dayList = await openSignedIn(() => office.newPage(), server.url, desk, '/today');
      const row = dayList.getByRole('listitem', { name: `${time} Haddad, Noor` });
      await row.getByText('Booked', { exact: true }).waitFor();
      await row.getByText('ODI due').waitFor();
      await row.getByText('Consent missing: treatment').waitFor();
      // The front desk's primary action is the arrival; charting is not theirs.
      await row.getByRole('button', { name: /^Arrived: Haddad, Noor/ }).waitFor();
      assert.equal(await row.getByRole('button', { name: /Start visit/ }).count(), 0);

      await row.getByRole('button', { name: /^Check in on tablet: Haddad, Noor/ }).click();
      const dialog = dayList.getByRole('dialog', { name: 'Tablet check-in: Haddad, Noor' });
      await dialog.getByRole('img', { name: 'QR code of the check-in link' }).waitFor();
      await dialog.getByText('arrival, then ODI, then consent to treatment').waitFor();
      await screenshot(dayList, 'kiosk-check-in-desk-dialog', false);
      const url = await dialog
        .getByRole('link', { name: 'open the check-in on this device' })
        .getAttribute('href');
      assert.ok(url !== null && /\/kiosk#[A-Za-z0-9_-]{43}$/.test(url), `a one-time link: ${url}`);
      await dialog.getByText(url, { exact: true }).waitFor();
      await dialog.getByRole('button', { name: 'Done' }).click();

      const tablet = await tabletContext(browser);
      const page = await tablet.newPage();
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: 'Hello Noor' }).waitFor();
      await page.getByText(`Your appointment is at ${time}.`).waitFor();
      await page.getByText('Then there is a questionnaire and a consent form to sign.').waitFor();
      // Only this patient: no family name, no other appointment, no app chrome.
      assert.equal(await page.getByText('Haddad').count(), 0);
      assert.equal(await page.getByRole('banner').count(), 0, 'no app chrome');
      await checkTablet(page, 'arrive');
      await page.getByRole('button', { name: 'I’m here' }).tap();

      await page
        .getByRole('status')
        .filter({ hasText: `You’re checked in for ${time}` })
        .waitFor();
      await page.getByRole('heading', { level: 1, name: 'Hello Noor: Oswestry Disability Index' }).waitFor();
      await checkTablet(page, 'questionnaire');
      for (const [section, value] of odiTaps) {
        await page.getByRole('group', { name: section }).waitFor();
        if (value === null) await page.getByRole('button', { name: 'Skip — does not apply' }).tap();
        else {
          await page.getByRole('radio', { name: String(value), exact: true }).check();
          await page.getByRole('button', { name: 'Next' }).tap();
        }
      }
      await page.getByRole('button', { name: 'Send my answers' }).tap();

      await page.getByRole('heading', { name: 'Consent to chiropractic examination and care' }).waitFor();
      await checkTablet(page, 'consent');
      await page.getByLabel('Your full name (required)').fill('Noor Haddad');
      const pad = page.locator('.signature-pad canvas');
      await pad.scrollIntoViewIfNeeded();
      const box = await pad.boundingBox();
      assert.ok(box !== null);
      await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
      await page.mouse.down();
      for (let i = 1; i <= 12; i += 1)
        await page.mouse.move(box.x + 40 + i * 25, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2)));
      await page.mouse.up();
      await page.getByRole('button', { name: 'I agree — sign and send' }).tap();
      await page.getByRole('heading', { name: `You’re checked in for ${time}` }).waitFor();
      await checkTablet(page, 'done');

      // The day list learns of the arrival by itself, within its refresh.
      await row.locator('.day-stage').getByText('Arrived', { exact: true }).waitFor(refreshed);
      // Signed on the tablet, the consent waits for the desk to accept it into the record.
      await row.getByText('Consent signed, to review: treatment').waitFor();
      await screenshot(dayList, 'kiosk-check-in-desk-arrived');

      const again = await tablet.newPage();
      await again.goto(url);
      await again.getByRole('heading', { name: 'This link has been used or has expired' }).waitFor();
      await tablet.close();
      await office.close();
    },
  );
});
