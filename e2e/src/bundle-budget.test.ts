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

/**
 * The JavaScript the sign-in and patient-list route may load, gzipped (issue 24). Messages are
 * compiled at build time and formatted by Lingui's runtime (about 3 kB), so the languages fit within
 * it (BENCHMARKS.md, "First download with languages").
 */
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

  test('loads only the entry chunk within budget, and its language catalogues as data', uiTest, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const scripts: string[] = [];
    const catalogues: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'script') scripts.push(path);
      if (path.startsWith('/locales/')) catalogues.push(path);
    });
    await page.goto(`${server.url}/patients`);
    await signInThroughUi(page, server.owner);
    await page.locator('#patient-results a').first().waitFor();

    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(`${dist}index.html`, 'utf8'))?.[1];
    assert.ok(entry !== undefined, 'index.html names its entry script');
    assert.deepEqual([...new Set(scripts)], [entry], 'no lazy chunk is fetched for these two screens');
    const gzipped = gzipSync(readFileSync(`${dist}${entry.slice(1)}`)).length;
    assert.ok(gzipped <= budgetBytes, `entry chunk is ${(gzipped / 1000).toFixed(1)} kB gzipped`);
    // The catalogues are JSON, of the screen's language only, and the common words come first.
    assert.ok(catalogues.length > 0, 'the catalogues are fetched as data');
    assert.ok(
      catalogues.every((path) => /^\/locales\/en\/\w+\.json$/.test(path)),
      catalogues.join(', '),
    );
    assert.equal(catalogues[0], '/locales/en/common.json');
    await context.close();
  });
});
