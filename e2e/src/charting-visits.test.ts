import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import { api, chartingContext, freshPatient, openNewVisit, row, waitForFocus } from './charting-helpers';
import type { ApiSession } from './support/api-session';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';

async function diagramBlocks(page: Page): Promise<string[]> {
  return page
    .locator('.blocking-diagram [data-block]')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-block')} ${e.getAttribute('data-side')} ${e.getAttribute('data-landmark')}`,
      ),
    );
}

async function signAndOpenTimeline(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Write the narrative from the record' }).click();
  const codes = page.getByRole('button', { name: 'Confirm suggested codes' });
  if ((await codes.count()) > 0) await codes.click();
  await page.getByRole('button', { name: 'Sign visit' }).click();
  await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
  await page.getByRole('link', { name: 'Back to the patient' }).click();
  await page
    .getByRole('table', { name: /Visit timeline/ })
    .locator('tbody tr')
    .first()
    .getByText('Signed')
    .waitFor();
}

describe('charting Category I, Category III and red-flag visits', () => {
  let server: ServerProcess;
  let browser: Browser;
  let owner: Credentials;
  let session: ApiSession;
  before(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    owner = demoLogin(server);
    session = await api(server, owner);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const context = () => chartingContext(browser);

  test('Category I: prone, short-leg side trochanter first, heel tension cleared, L5 adjusted with PART', async () => {
    const patientId = await freshPatient(session, 'Primus');
    const ctx = await context();
    const page = await openNewVisit(ctx, server, owner, patientId);
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    for (const key of ['r', '6', 'Enter', 'ArrowDown', 'r', 'r', 'r']) await page.keyboard.press(key);
    await page.locator('.analysis-panel[data-category="I"][data-side="R"]').getByText('supported').waitFor();
    assert.equal(await page.locator('.blocking-diagram').getAttribute('data-view'), 'prone');
    assert.deepEqual(await diagramBlocks(page), ['1 R trochanter', '2 L iliac_crest']);

    await page.getByRole('button', { name: 'L5', exact: true }).click();
    await page.getByRole('group', { name: 'PART at L5' }).waitFor();
    await page.getByRole('button', { name: 'Confirm suggested PART letters' }).click();
    await page.getByRole('button', { name: 'L5 Asymmetry/misalignment' }).click();
    await page.getByRole('group', { name: 'PART at L5' }).getByText('PART documented.').waitFor();

    await row(page, 'heel_tension', 'post')
      .getByRole('button', { name: 'Heel tension: 0, negative both sides' })
      .click();
    await row(page, 'heel_tension', 'post').locator('[data-change="cleared"]').waitFor();
    await signAndOpenTimeline(page);
    await page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first()
      .getByText('Cat I R')
      .first()
      .waitFor();
    await ctx.close();
  });

  test('Category III: the practitioner places the blocks by hand on the prone diagram; SLR cleared', async () => {
    const patientId = await freshPatient(session, 'Tertia');
    const ctx = await context();
    const page = await openNewVisit(ctx, server, owner, patientId);
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await page.locator('.analysis-panel').getByRole('button', { name: 'Straight-leg raise' }).click();
    await waitForFocus(row(page, 'slr'));
    for (const key of ['l', '4', '0', '+', 'l', '2']) await page.keyboard.press(key);
    await page.locator('.analysis-panel[data-category="III"][data-side="L"]').waitFor();
    await page.getByText('Set by practitioner:').waitFor();
    assert.equal(await page.locator('.blocking-diagram').getAttribute('data-view'), 'prone');
    assert.deepEqual(await diagramBlocks(page), []);

    await page.getByRole('button', { name: 'Block at the left greater trochanter' }).click();
    await page.getByRole('button', { name: 'Block at the right ASIS' }).click();
    await page
      .locator('.blocking-diagram')
      .getByText('Block 1 under the left greater trochanter, block 2 under the right ASIS.')
      .waitFor();
    assert.deepEqual(await diagramBlocks(page), ['1 L trochanter', '2 R asis']);
    await screenshot(page, 'charting-category-three-blocks-by-hand');

    await row(page, 'slr', 'post').focus();
    for (const key of ['l', '7', '0', '-']) await page.keyboard.press(key);
    await row(page, 'slr', 'post').locator('[data-change="cleared"]').waitFor();
    await signAndOpenTimeline(page);
    await page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first()
      .getByText('Cat III L')
      .first()
      .waitFor();
    await ctx.close();
  });

  test('a red flag takes over the screen: referral, no plan, signed, then an addendum', async () => {
    const patientId = await freshPatient(session, 'Rubra');
    const ctx = await context();
    const page = await openNewVisit(ctx, server, owner, patientId);
    await page.getByRole('button', { name: 'Cauda equina: yes' }).click();
    const referral = page.getByRole('alert', { name: 'Referral' });
    await referral.getByText('refer for medical evaluation').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Pre-check' }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Blocking' }).count(), 0);
    await screenshot(page, 'charting-red-flag');

    await page.getByRole('button', { name: 'Write the narrative from the record' }).click();
    assert.match(await page.getByLabel('Assessment').inputValue(), /referred for medical evaluation/);
    await page.getByRole('button', { name: 'Sign visit' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
    await page.getByText('Referral').first().waitFor();
    await page
      .getByLabel('New addendum')
      .fill('Patient phoned: seen at the emergency department the same day.');
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.getByText('Addendum 1, signed').waitFor();

    await page.getByRole('link', { name: 'Back to the patient' }).click();
    const entry = page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first();
    await entry.getByText('Signed').waitFor();
    await entry.getByText('Referral').waitFor();
    await ctx.close();
  });
});
