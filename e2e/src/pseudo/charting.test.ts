import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { freshPatient, row, waitForFocus } from '../charting-helpers';
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

describe('pseudo-locale: charting a visit', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let api: ApiSession;

  before(async () => {
    browser = await launchBrowser();
    api = await apiSession(server.url, server.owner);
  });
  after(async () => {
    await browser?.close();
  });

  /** A new visit of a fresh patient: the path of its charting screen. */
  async function newVisit(familyName: string): Promise<string> {
    const patientId = await freshPatient(api, familyName);
    const visit = await api.call<{ id: string }>('POST', `/api/patients/${patientId}/visits`, {
      visitAt: new Date().toISOString(),
      type: 'new_patient',
    });
    return `/patients/${patientId}/visits/${visit.id}`;
  }

  /** Opens a visit in the pseudo-locale, signed in, with its red-flag screen drawn. */
  async function openVisit(device: (typeof devices)[number], path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await usePseudoLocale(page);
    await page.goto(`${server.url}${path}`);
    await signInPseudo(page, server.owner);
    await page.locator('#screen .screen-question').first().waitFor();
    return page;
  }

  for (const device of devices) {
    test(`the charting screen is translated and unclipped on ${device.name}`, uiTest, async () => {
      const page = await openVisit(device, await newVisit('Pseudochart'));
      await page.locator('[data-save]').waitFor();
      await assertFullyTranslated(page, `${device.name} red-flag screen`);

      // "None of these", then a Category II left: arm–fossa test left, SLR negative, inguinal tenderness left.
      await page.locator('#screen .panel-actions button').click();
      await waitForFocus(row(page, 'leg_check'));
      for (let n = 0; n < 2; n += 1) await page.keyboard.press('ArrowDown');
      await waitForFocus(row(page, 'arm_fossa'));
      await page.keyboard.press('l');
      await waitForFocus(row(page, 'slr').first());
      await page.keyboard.press('0');
      await waitForFocus(row(page, 'sciatic_pain_points').first());
      for (let n = 0; n < 7; n += 1) await page.keyboard.press('ArrowDown');
      await waitForFocus(row(page, 'inguinal_tenderness'));
      await page.keyboard.press('l');
      await page.locator('.analysis-panel[data-category="II"][data-side="L"]').waitFor();
      await page.locator('#blocking .block-list li').first().waitFor();
      // A measured short leg (right, 8 mm), for the engine's heel-lift suggestion in home care.
      await row(page, 'anatomical_leg_difference').focus();
      for (const key of ['r', '8', 'Escape']) await page.keyboard.press(key);
      await page.locator('#treatment .alert-info').waitFor();

      // Treatment: an adjusted segment (with its PART letters); the standard exam opened, one entry added.
      await page.locator('.spine-segment').nth(24).click();
      await page.locator('.part-letters .record-row').first().waitFor();
      await page.locator('#exam summary').click();
      await page.locator('#exam .record-list').nth(1).locator('button').click();
      await page.locator('#exam .record-list').nth(1).locator('.record-row').waitFor();
      await page.locator('[data-save="saved"]').waitFor();
      await assertFullyTranslated(page, `${device.name} pre-check, analysis, blocking, treatment and exam`);
      await page.context().close();
    });

    test(`a red flag's referral is translated and unclipped on ${device.name}`, uiTest, async () => {
      const page = await openVisit(device, await newVisit('Pseudoreferral'));
      // Yes to the first red flag: the referral takes the screen over.
      await page.locator('#screen .screen-question .screen-answers button').first().click();
      await page.locator('#referral .referral-form').waitFor();
      await page.locator('[data-save="saved"]').waitFor();
      await assertFullyTranslated(page, `${device.name} referral`);
      // The referral recorded: its status line, and the way to change it.
      await page.locator('#referral .referral-form input').first().fill('Dr Avery, emergency department');
      await page.locator('#referral .referral-form button[type=submit]').click();
      await page.locator('#referral .referral-status[data-recorded="yes"]').waitFor();
      await page.locator('[data-save="saved"]').waitFor();
      await assertFullyTranslated(page, `${device.name} referral recorded`);
      await page.context().close();
    });
  }
});
