import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { apiSession, type ApiSession } from '../support/api-session';
import {
  assertFullyTranslated,
  signInPseudo,
  usePseudoLocale,
  pseudoDevices,
} from '../support/pseudo-locale';
import { sharedDemoServer } from '../support/shared-server';
import { uiTest } from '../support/ui-test-options';

const devices = pseudoDevices;

/** Opens a path of the app and waits for what shows it is drawn. */
async function open(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.locator(ready).first().waitFor();
}

/**
 * The chart library measures tick text in an off-screen span at the end of the page (the category
 * history's "I", "II", "III"): not visible text, so it is left out of the scan.
 */
async function scan(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.getElementById('recharts_measurement_span')?.remove());
  await assertFullyTranslated(page, screen);
}

/** Opens the outcomes screen's questionnaire entry (the "Enter answers" panel's button). */
async function openEntry(page: Page): Promise<void> {
  await page.locator('.columns .panel').first().locator('.button-primary').click();
  await page.locator('.columns form select').first().waitFor();
}

describe('pseudo-locale: outcomes and clinic administration', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let api: ApiSession;
  /** A demo patient with questionnaires on file. */
  let demoPatientId = '';
  /** A patient who reads Japanese: the built-in (unvalidated) translation words the questionnaire. */
  let japanesePatientId = '';

  before(async () => {
    browser = await launchBrowser();
    api = await apiSession(server.url, server.owner);
    const found = await api.call<{ items: { id: string }[] }>('GET', '/api/patients?q=Okafor');
    demoPatientId = found.items[0]?.id ?? '';
    const patient = await api.call<{ id: string }>('POST', '/api/patients', {
      chartNumber: `JA-${Math.random().toString(36).slice(2, 9)}`,
      givenName: 'Haruka',
      familyName: `Sato${Math.random().toString(36).slice(2, 6)}`,
      dateOfBirth: '1984-03-02',
      sex: 'female',
      language: 'ja',
    });
    japanesePatientId = patient.id;
    for (const [current, day] of [
      [7, '2026-01-05'],
      [4, '2026-01-19'],
    ] as const)
      await api.call('POST', `/api/patients/${japanesePatientId}/questionnaires`, {
        instrumentId: 'nprs',
        answers: { current },
        administeredAt: `${day}T10:00:00.000Z`,
      });
  });
  after(async () => {
    await browser?.close();
  });

  for (const device of devices) {
    test(
      `every outcomes and admin screen is translated and unclipped on ${device.name}`,
      uiTest,
      async () => {
        const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
        const page = await context.newPage();
        await usePseudoLocale(page);
        await page.goto(`${server.url}/patients`);
        await signInPseudo(page, server.owner);

        // A demo patient's outcomes, then the questionnaire entry open.
        await open(page, `${server.url}/patients/${demoPatientId}/outcomes`, '.score-trend');
        await scan(page, `outcomes (${device.name})`);
        await openEntry(page);
        await scan(page, `outcomes with the questionnaire entry open (${device.name})`);

        // A patient reading Japanese: the trend marked "unvalidated translation", the entry in Japanese.
        await open(page, `${server.url}/patients/${japanesePatientId}/outcomes`, '.unvalidated-mark');
        await openEntry(page);
        await page.locator('.columns form label[lang="ja"]').first().waitFor();
        await scan(page, `outcomes of a Japanese-reading patient (${device.name})`);

        // Clinic administration: users (and a user's edit dialog), clinic, schedule, backend systems.
        await open(page, `${server.url}/admin/users`, 'table tbody tr');
        await assertFullyTranslated(page, `admin users (${device.name})`);
        await page.locator('.row-actions button').first().click();
        await page.locator('dialog form').waitFor();
        await assertFullyTranslated(page, `admin edit user (${device.name})`);
        await page.keyboard.press('Escape');
        await page.locator('.page-head .button-primary').click();
        await page.locator('#new-user-email').waitFor();
        await assertFullyTranslated(page, `admin add user (${device.name})`);

        await open(page, `${server.url}/admin/clinic`, '#clinic-language');
        await assertFullyTranslated(page, `admin clinic settings (${device.name})`);

        await open(page, `${server.url}/admin/schedule`, '.settings-row');
        await assertFullyTranslated(page, `admin schedule settings (${device.name})`);

        await open(page, `${server.url}/admin/backend-systems`, '.page-head .button-primary');
        await page.locator('.page-head .button-primary').click();
        await page.locator('#backend-jwks').waitFor();
        await assertFullyTranslated(page, `admin backend systems (${device.name})`);
        await context.close();
      },
    );
  }
});
