import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { freshPatient, row, waitForFocus, type VisitBody } from '../charting-helpers';
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

describe('pseudo-locale: the visit note, signing, addenda and a conflict', () => {
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

  /** A new visit of a fresh patient: its id and the path of its charting screen. */
  async function newVisit(familyName: string): Promise<{ id: string; path: string }> {
    const patientId = await freshPatient(api, familyName);
    const visit = await api.call<{ id: string }>('POST', `/api/patients/${patientId}/visits`, {
      visitAt: new Date().toISOString(),
      type: 'new_patient',
    });
    return { id: visit.id, path: `/patients/${patientId}/visits/${visit.id}` };
  }

  /** Opens a visit in the pseudo-locale, signed in, with its red-flag screen drawn. */
  async function openVisit(device: (typeof devices)[number], path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: device.viewport,
      hasTouch: device.hasTouch,
      isMobile: device.hasTouch,
    });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await usePseudoLocale(page);
    await page.goto(`${server.url}${path}`);
    await signInPseudo(page, server.owner);
    await page.locator('#screen .screen-question').first().waitFor();
    return page;
  }

  const saved = (page: Page) => page.locator('[data-save="saved"]').waitFor();

  for (const device of devices) {
    test(
      `the note, sign dialog, signed view, addenda and conflict are translated and unclipped on ${device.name}`,
      uiTest,
      async () => {
        const visit = await newVisit('Pseudonote');
        const page = await openVisit(device, visit.path);

        // "None of these", then a Category II left (arm–fossa test left, SLR negative, inguinal tenderness left).
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
        // An adjusted segment, so the coding has suggestions and a PART check.
        await page.locator('.spine-segment').nth(24).click();
        await page.locator('.part-letters .record-row').first().waitFor();
        // The post-check: the arm–fossa test re-checked negative.
        await row(page, 'arm_fossa', 'post').focus();
        await page.keyboard.press('0');
        await page.locator('#post-check [data-change]').first().waitFor();
        await saved(page);
        await assertFullyTranslated(page, `${device.name} pre-check and post-check panels`);

        // Someone else saves the visit meanwhile: the next save here meets the conflict screen.
        const stored = await api.call<VisitBody>('GET', `/api/visits/${visit.id}`);
        await api.call('PATCH', `/api/visits/${visit.id}`, {
          version: stored.version,
          chiefComplaint: 'Low back pain since Monday',
        });
        await page.locator('details.subjective .form-grid input').first().fill('Worse after sitting');
        const conflict = page.locator('section.conflict');
        await conflict.waitFor();
        await assertFullyTranslated(page, `${device.name} conflict`);
        await conflict.locator('.row-actions button').first().click();
        await conflict.waitFor({ state: 'detached' });
        await saved(page);

        // The note: the narrative written from the record, the codes suggested (not confirmed: the
        // confirmed codes' checks would want the PART letters first).
        await page.locator('#note .soap .row-actions button').click();
        await saved(page);
        await page.locator('#note .coding-diagnoses').waitFor();
        await assertFullyTranslated(page, `${device.name} note and coding`);

        // The attestation step, then the signed view.
        await page.locator('#sign .row-actions button').first().click();
        const attestation = page.locator('[data-attestation]');
        await attestation.waitFor();
        await assertFullyTranslated(page, `${device.name} sign dialog`);
        await attestation.locator('.row-actions button').first().click();
        await page.locator('.signed-banner').waitFor();
        await page.locator('.panel').last().locator('textarea').waitFor();
        await assertFullyTranslated(page, `${device.name} signed visit`);

        // An addendum on the signed visit.
        const addenda = page.locator('.panel').last();
        await addenda.locator('textarea').fill('Patient phoned: less pain the next morning.');
        await addenda.locator('.row-actions button').click();
        await addenda.locator('ol.addenda li').waitFor();
        await assertFullyTranslated(page, `${device.name} signed visit with an addendum`);
        await page.context().close();
      },
    );
  }
});
