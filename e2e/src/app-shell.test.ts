import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { sharedDemoServer } from './support/shared-server';
import { uiTest } from './support/ui-test-options';

describe('the web app shell in Chromium', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('opens / on the sign-in screen when nobody is signed in', uiTest, async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
    assert.equal(await page.getByLabel('Email').count(), 1);
  });

  test(
    'a deep link is answered by the app, which asks for sign-in and remembers where to return',
    uiTest,
    async () => {
      const page = await browser.newPage();
      const res = await page.goto(`${server.url}/patients?q=abc`);
      assert.equal(res?.status(), 200);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('next'), '/patients?q=abc');
    },
  );

  test('runs under the server’s Content-Security-Policy without violations', uiTest, async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    const res = await page.goto(server.url);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.deepEqual(violations, []);
  });
});
