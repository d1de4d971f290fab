import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { freshPatient } from '../charting-helpers';
import { apiSession, createTestUser, type ApiSession } from '../support/api-session';
import {
  assertFullyTranslated,
  signInPseudo,
  usePseudoLocale,
  pseudoDevices,
} from '../support/pseudo-locale';
import { sharedDemoServer } from '../support/shared-server';
import { uiTest } from '../support/ui-test-options';

interface Settings {
  readonly appointmentTypes: readonly { readonly id: string; readonly kind: string }[];
}

/** Opens a path of the app and waits for what shows it is drawn. */
async function open(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.locator(ready).first().waitFor();
}

describe('pseudo-locale: the day list and the appointment book', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let api: ApiSession;
  let practitionerId = '';
  let appointmentId = '';
  let familyName = '';

  before(async () => {
    browser = await launchBrowser();
    api = await apiSession(server.url, server.owner);
    const settings = await api.call<Settings>('GET', '/api/schedule-settings');
    // A practitioner of this test's own, so its appointments clash with nobody's.
    practitionerId = (await createTestUser(server.url, api, 'practitioner', { displayName: 'Dr Pia Pseudo' }))
      .id;
    const typeId = settings.appointmentTypes.find((t) => t.kind === 'follow_up')?.id;
    // A patient with a care plan (for the series preview), booked to start this minute.
    familyName = `Pseudonym${Math.random().toString(36).slice(2, 7)}`;
    const patientId = await freshPatient(api, familyName);
    await api.call('POST', `/api/patients/${patientId}/episodes`, {
      startDate: '2026-01-05',
      complaint: 'Low back pain',
      onset: 'subacute',
      plan: { visitsPerWeek: 2, durationWeeks: 2, reExamDate: null, goals: [] },
    });
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const booked = await api.call<{ id: string }>('POST', '/api/appointments', {
      patientId,
      practitionerId,
      typeId,
      startAt: new Date(minute).toISOString(),
    });
    appointmentId = booked.id;
    // Another, 20 minutes ago and not here: late.
    await api.call('POST', '/api/appointments', {
      patientId: await freshPatient(api, `${familyName}late`),
      practitionerId,
      typeId,
      startAt: new Date(minute - 20 * 60_000).toISOString(),
    });
  });
  after(async () => {
    await browser?.close();
  });

  for (const device of pseudoDevices) {
    test(`the day list and the book are translated and unclipped on ${device.name}`, uiTest, async () => {
      const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
      const page = await context.newPage();
      await usePseudoLocale(page);
      await page.goto(`${server.url}/today?practitioner=${practitionerId}`);
      await signInPseudo(page, server.owner);
      const row = page.locator(`.day-row[data-appointment="${appointmentId}"]`);
      await row.waitFor();
      await page.locator('.day-row-late').first().waitFor();
      await assertFullyTranslated(page, `${device.name} day list`);

      await row.locator('summary').click();
      await row.locator('.day-more-menu').waitFor();
      await assertFullyTranslated(page, `${device.name} day list, more actions`);
      await row.locator('summary').click();

      // The primary action (start the visit), then the tablet check-in.
      await row.locator('.day-actions > button').nth(1).click();
      const checkIn = page.getByRole('dialog');
      await checkIn.locator('.kiosk-qr').waitFor();
      await assertFullyTranslated(page, `${device.name} check-in QR dialog`);
      await page.keyboard.press('Escape');
      await checkIn.waitFor({ state: 'hidden' });

      const book = `${server.url}/schedule`;
      await open(page, book, `.appt[data-appointment="${appointmentId}"]`);
      await assertFullyTranslated(page, `${device.name} book, day by practitioner`);
      await open(page, `${book}?by=room`, `.appt[data-appointment="${appointmentId}"]`);
      await assertFullyTranslated(page, `${device.name} book, day by room`);
      await open(page, `${book}?view=week`, '.book-dates');
      await page.locator(`.appt[data-appointment="${appointmentId}"]`).waitFor();
      await assertFullyTranslated(page, `${device.name} book, week by practitioner`);
      await open(page, `${book}?view=week&by=room`, '.book-dates');
      await page.locator(`.appt[data-appointment="${appointmentId}"]`).waitFor();
      await assertFullyTranslated(page, `${device.name} book, week by room`);

      // The appointment's panel, with its cancel and move forms open.
      await open(page, book, `.appt[data-appointment="${appointmentId}"]`);
      await page.locator(`.appt[data-appointment="${appointmentId}"]`).click();
      const panel = page.getByRole('dialog').filter({ has: page.locator('.appt-panel') });
      await panel.locator('.appt-panel').waitFor();
      await assertFullyTranslated(page, `${device.name} appointment panel`);
      await panel.locator('.row-actions .button-danger').click();
      await panel.locator('#cancel-reason').waitFor();
      await panel.locator('.appt-panel > .button').click();
      await panel.locator('.move-form').waitFor();
      await assertFullyTranslated(page, `${device.name} appointment panel, cancel and move`);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });

      // The booking form, then the series dialog from it with its preview.
      await page.locator('.book-switches .button-primary').click();
      const form = page.getByRole('dialog').filter({ has: page.locator('.booking-form') });
      await form.locator('.booking-form').waitFor();
      await assertFullyTranslated(page, `${device.name} booking form`);
      await form.locator('#book-patient').fill(familyName);
      await form.locator('.picker-option').first().click();
      await form.locator('.booking-form > .form-actions > .button').nth(1).click();
      const series = page.getByRole('dialog').filter({ has: page.locator('.series-form') });
      await series.locator('.series-list .series-item').first().waitFor();
      await assertFullyTranslated(page, `${device.name} series dialog with its preview`);
      await context.close();
    });
  }
});
