import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import {
  assertFullyTranslated,
  signInPseudo,
  usePseudoLocale,
  pseudoDevices,
} from '../support/pseudo-locale';
import { sharedDemoServer } from '../support/shared-server';
import { uiTest } from '../support/ui-test-options';

// The form is never saved: a refused save shows the error summary and changes no clinic setting.
describe('pseudo-locale: the protocol settings', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const device of pseudoDevices) {
    test(`the protocol settings are translated and unclipped on ${device.name}`, uiTest, async () => {
      const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
      const page = await context.newPage();
      await usePseudoLocale(page);
      await page.goto(`${server.url}/admin/protocol`);
      await signInPseudo(page, server.owner);
      // The form and the pack in effect beside it, with its rules and sources.
      await page.locator('#protocol-priority').waitFor();
      await page.locator('#effective-pack-title').waitFor();
      await page.locator('.effective-pack .rules li').first().waitFor();
      await assertFullyTranslated(page, `${device.name} protocol settings`);

      // The preset of Category III, then the clinic's own placement with its fields.
      const categoryIII = page.locator('#placement-III');
      await categoryIII.locator('input[type=radio][value^="preset:"]').check();
      await categoryIII.locator('input[type=radio][value="own"]').check();
      await page.locator('#placement-III-endpoint').waitFor();
      await assertFullyTranslated(page, `${device.name} own placement`);

      // An added indicator, left blank: the save is refused and the errors are named in words.
      await page.locator('#protocol-added button').last().click();
      await page.locator('#added-0-name').waitFor();
      await assertFullyTranslated(page, `${device.name} added indicator`);
      await page.locator('form button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
      await page.locator('#protocol-added .field-error').first().waitFor();
      await assertFullyTranslated(page, `${device.name} errors`);
      await context.close();
    });
  }
});
