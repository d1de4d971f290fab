import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { chartingContext, tabletContext } from './charting-helpers';
import { apiSession, createTestUser } from './support/api-session';
import type { Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';
import { sharedDemoServer } from './support/shared-server';
import { signInThroughUi } from './support/ui-sign-in';

describe('the calendar feed on the account page (issue 22)', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  let practitioner: Credentials;

  before(async () => {
    browser = await launchBrowser();
    const api = await apiSession(server.url, server.owner);
    practitioner = await createTestUser(server.url, api, 'practitioner', { displayName: 'Dr Cal Feed' });
  });
  after(async () => {
    await browser?.close();
  });

  for (const [name, open] of [
    ['desktop', () => chartingContext(browser, { viewport: { width: 1280, height: 800 } })],
    ['tablet', () => tabletContext(browser)],
  ] as const)
    test(`a practitioner turns the feed on and sees its address once (${name})`, async () => {
      const context = await open();
      const page = await context.newPage();
      await page.goto(`${server.url}/account/password`);
      await signInThroughUi(page, practitioner);
      await page.goto(`${server.url}/account/password`);
      const on = page.getByRole('button', { name: /Turn on calendar feed|Make a new address/ });
      await on.click();
      const address = page.getByLabel('Feed address');
      await address.waitFor();
      assert.match(await address.inputValue(), /\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      await screenshot(page, `calendar-feed-${name}`);
      const ics = await (
        await fetch(
          await address.inputValue().then((u) => u.replace(/^.*\/calendar\//, `${server.url}/calendar/`)),
        )
      ).text();
      assert.match(ics, /^BEGIN:VCALENDAR/);
      await context.close();
    });
});
