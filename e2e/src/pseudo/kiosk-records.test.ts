import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { freshPatient } from '../charting-helpers';
import { apiSession, type ApiSession } from '../support/api-session';
import {
  assertFullyTranslated,
  signInPseudo,
  usePseudoLocale,
  pseudoDevices,
} from '../support/pseudo-locale';
import { sharedDemoServer } from '../support/shared-server';
import { uiTest } from '../support/ui-test-options';

interface Settings {
  readonly practitioners: readonly { readonly id: string }[];
  readonly appointmentTypes: readonly { readonly id: string; readonly kind: string }[];
}

const devices = pseudoDevices;

/**
 * Opens a path of the app and waits for what shows it is drawn. From a blank page first: two kiosk
 * links differ only after `#`, which would not load the page again.
 */
async function open(page: Page, url: string, ready: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator(ready).first().waitFor();
}

describe('pseudo-locale: the kiosk and the patient record panels', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let api: ApiSession;
  /** A demo patient with visits, an episode of care and consents on file. */
  let recordId = '';
  /** A fresh patient the tablet links are made for. */
  let kioskPatientId = '';
  let appointmentTypeId = '';
  let practitionerIds: readonly string[] = [];

  before(async () => {
    browser = await launchBrowser();
    api = await apiSession(server.url, server.owner);
    const found = await api.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor');
    recordId = found.items[0]?.id ?? '';
    kioskPatientId = await freshPatient(api, `Kiosk${Math.random().toString(36).slice(2, 7)}`);
    const settings = await api.call<Settings>('GET', '/api/schedule-settings');
    practitionerIds = settings.practitioners.map((p) => p.id);
    appointmentTypeId = settings.appointmentTypes.find((t) => t.kind === 'follow_up')?.id ?? '';
  });
  after(async () => {
    await browser?.close();
  });

  /** The kiosk patient booked in the next free slot of any practitioner (the demo day is busy). */
  const bookSoon = async (): Promise<{ id: string }> => {
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    for (let offset = 5; offset < 600; offset += 5)
      for (const practitionerId of practitionerIds) {
        const booked = await api
          .call<{ id: string }>('POST', '/api/appointments', {
            patientId: kioskPatientId,
            practitionerId,
            typeId: appointmentTypeId,
            startAt: new Date(minute + offset * 60_000).toISOString(),
          })
          .catch(() => null);
        if (booked !== null) return booked;
      }
    throw new Error('no free slot to book the check-in appointment in');
  };

  const link = async (body: unknown): Promise<string> =>
    (await api.call<{ url: string }>('POST', `/api/patients/${kioskPatientId}/kiosk-links`, body)).url;

  for (const device of devices) {
    test(`every kiosk screen is translated and unclipped on ${device.name}`, uiTest, async () => {
      const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
      const page = await context.newPage();
      await usePseudoLocale(page);
      const tap = (selector: string) =>
        device.hasTouch ? page.locator(selector).first().tap() : page.locator(selector).first().click();

      // A questionnaire: its first question, then every question skipped to the screen before sending.
      await open(page, await link({ kind: 'questionnaire', instrumentId: 'odi' }), '.choice-tiles');
      await assertFullyTranslated(page, `kiosk questionnaire (${device.name})`);
      for (let i = 0; i < 10; i++) await tap('.kiosk-actions button:nth-child(2)');
      await page.locator('.kiosk-card h2').waitFor();
      await assertFullyTranslated(page, `kiosk questionnaire ready to send (${device.name})`);

      // PSFS: naming the activities first.
      await open(page, await link({ kind: 'questionnaire', instrumentId: 'psfs' }), '#activity-a1');
      await assertFullyTranslated(page, `kiosk PSFS activities (${device.name})`);

      // A consent: its wording (the signed document, marked as such) and the signature box.
      await open(page, await link({ kind: 'consent', consentType: 'sot_blocking' }), '.signature-pad canvas');
      await assertFullyTranslated(page, `kiosk consent (${device.name})`);

      // The intake, sent: the thank-you; the used link then says so.
      const intake = await link({ kind: 'intake' });
      await open(page, intake, '#intake-complaint');
      await assertFullyTranslated(page, `kiosk intake (${device.name})`);
      await page.locator('#intake-complaint').fill('Sore neck');
      await tap('.kiosk-primary');
      await page.locator('.kiosk-card h1').waitFor();
      await assertFullyTranslated(page, `kiosk thank-you (${device.name})`);
      await open(page, intake, '.kiosk-card h1');
      await assertFullyTranslated(page, `kiosk used link (${device.name})`);

      // A check-in for an appointment in a few minutes: arrival, then the consent still missing.
      const appointment = await bookSoon();
      const checkIn = await api.call<{ url: string }>(
        'POST',
        `/api/appointments/${appointment.id}/check-in-link`,
        {},
      );
      await open(page, checkIn.url, '.kiosk-lead');
      await assertFullyTranslated(page, `kiosk check-in arrival (${device.name})`);
      await tap('.kiosk-primary');
      await page.locator('.kiosk-checked-in, .kiosk-card h1').first().waitFor();
      await assertFullyTranslated(page, `kiosk check-in after arrival (${device.name})`);
      await context.close();
    });

    test(
      `the record panels, drafts, audit log and exports are translated and unclipped on ${device.name}`,
      uiTest,
      async () => {
        const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
        const page = await context.newPage();
        await usePseudoLocale(page);
        await page.goto(`${server.url}/patients/${recordId}`);
        await signInPseudo(page, server.owner);
        // Timeline, trends, documents, exports, episodes and consents are panels of the patient's page.
        await page.locator('tr[data-visit-at]').first().waitFor();
        await page.locator('.episode').first().waitFor();
        await page.locator('.consent-list').waitFor();
        await page.locator('.document-list').waitFor();
        await assertFullyTranslated(page, `patient record panels (${device.name})`);
        await page.locator('.consent-record').click();
        await page.locator('#consent-type').waitFor();
        await assertFullyTranslated(page, `record a consent (${device.name})`);

        await open(page, `${server.url}/drafts`, 'h1');
        await page.locator('.drafts-table, main p:not(.muted)').first().waitFor();
        await assertFullyTranslated(page, `unsigned drafts (${device.name})`);

        await open(page, `${server.url}/audit`, 'table caption');
        await assertFullyTranslated(page, `audit log (${device.name})`);
        await open(page, `${server.url}/audit?patientId=${recordId}`, 'table caption');
        await assertFullyTranslated(page, `patient access log (${device.name})`);

        await open(page, `${server.url}/admin/clinic`, 'input[type=file]');
        await assertFullyTranslated(page, `clinic exports and import (${device.name})`);
        await context.close();
      },
    );
  }
});
