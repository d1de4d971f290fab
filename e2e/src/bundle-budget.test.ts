import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '@sotchart/test-support';
import { sharedDemoServer } from './support/shared-server';
import { signInThroughUi } from './support/ui-sign-in';
import { uiTest } from './support/ui-test-options';

/** The budget for the sign-in and patient-list route: 150 kB of JavaScript, gzipped. */
const budgetBytes = 150_000;
const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));

describe('initial JavaScript of the sign-in and patient-list route', () => {
  const server = sharedDemoServer();
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('loads only the entry chunk, and it is within 150 kB gzipped', uiTest, async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}/patients`);
    await signInThroughUi(page, server.owner);
    await page.locator('#patient-results a').first().waitFor();

    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(`${dist}index.html`, 'utf8'))?.[1];
    assert.ok(entry !== undefined, 'index.html names its entry script');
    assert.deepEqual([...new Set(scripts)], [entry], 'no lazy chunk is fetched for these two screens');
    const gzipped = gzipSync(readFileSync(`${dist}${entry.slice(1)}`)).length;
    assert.ok(gzipped <= budgetBytes, `entry chunk is ${(gzipped / 1000).toFixed(1)} kB gzipped`);
  });
});
