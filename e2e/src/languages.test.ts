import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { apiSession, createTestUser, type ApiSession } from './support/api-session';
import { assertFullyTranslated, signInPseudo, usePseudoLocale, pseudoDevices } from './support/pseudo-locale';
import { sharedDemoServer } from './support/shared-server';
import { uiTest } from './support/ui-test-options';

/** A message of the bundled catalogues, read from the files as a translator wrote them. */
function message(language: string, namespace: string, key: string): string {
  const catalogue = JSON.parse(
    readFileSync(
      new URL(`../../packages/i18n/catalogs/${language}/${namespace}.json`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, string>;
  const text = catalogue[key];
  assert.ok(text !== undefined, `${language}/${namespace} has ${key}`);
  return text;
}

describe('languages in the browser', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let owner: ApiSession;
  before(async () => {
    browser = await launchBrowser();
    owner = await apiSession(server.url, server.owner);
  });
  after(async () => {
    await browser?.close();
  });

  test(
    "a practitioner who chose Japanese works in Japanese, with the clinic's own approved wording",
    uiTest,
    async () => {
      const practitioner = await createTestUser(server.url, owner, 'practitioner');
      await (await apiSession(server.url, practitioner)).call('PATCH', '/api/me', { language: 'ja' });
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${server.url}/patients`);
      // The device is English until someone signs in; then the user's own language takes over.
      await page.getByLabel('Email').fill(practitioner.email);
      await page.getByLabel('Password', { exact: true }).fill(practitioner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const signOut = page.getByRole('button', {
        name: message('ja', 'auth', 'signOut.button'),
        exact: true,
      });
      await signOut.waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');

      const ref = { language: 'ja', namespace: 'auth', key: 'signOut.button' };
      await owner.call('PUT', '/api/clinic/wording', { ...ref, text: 'ログアウトする', status: 'draft' });
      await page.reload();
      await signOut.waitFor();
      await owner.call('PUT', '/api/clinic/wording', {
        ...ref,
        text: 'ログアウトする',
        status: 'clinician-reviewed',
      });
      try {
        await page.reload();
        await page.getByRole('button', { name: 'ログアウトする', exact: true }).waitFor();
      } finally {
        await owner.call('DELETE', `/api/clinic/wording?${new URLSearchParams(ref).toString()}`);
      }
      await context.close();
    },
  );

  test('the wording screen is translated and unclipped in the pseudo-locale', uiTest, async () => {
    for (const device of pseudoDevices) {
      const context = await browser.newContext({ viewport: device.viewport, hasTouch: device.hasTouch });
      const page = await context.newPage();
      await usePseudoLocale(page);
      await page.goto(`${server.url}/admin/wording`);
      await signInPseudo(page, server.owner);
      await page.locator('.wording-entry').first().waitFor();
      await page.locator('.wording-entry button').first().click();
      await page.locator('.wording-entry textarea').waitFor();
      await assertFullyTranslated(page, 'wording');
      await context.close();
    }
  });
});
