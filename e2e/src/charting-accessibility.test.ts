import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { attestation, row, waitForFocus } from './charting-helpers';
import { describeViolations, seriousViolations } from './support/axe-scan';

async function assertNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  assert.equal(violations.length, 0, `${where}:\n${describeViolations(violations)}`);
}

describe('the charting screen under axe-core', () => {
  const chart = chartingFixture();

  test('has no serious or critical violations on the screen, the charted visit, practitioner placement, the attestation step and the signed visit', async () => {
    const { context, page } = await chart.openFreshVisit('Axe');
    await assertNoSeriousViolations(page, 'red-flag screen');

    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    for (const key of ['r', '6', 'Enter', 'r']) await page.keyboard.press(key);
    await page.locator('.grid-cell[data-entry-row]').focus();
    for (const key of ['2', '1']) await page.keyboard.press(key);
    await page.getByText('Standard exam').click();
    await page.getByRole('button', { name: 'Add a reflex' }).click();
    await page.getByRole('button', { name: 'Add cranial work' }).click();
    await page.getByRole('button', { name: 'C5', exact: true }).click();
    await page.locator('.analysis-panel[data-category="I"]').waitFor();
    await assertNoSeriousViolations(page, 'charted visit, Category I');

    await page.locator('.analysis-panel').getByRole('button', { name: 'Straight-leg raise' }).click();
    for (const key of ['l', '4', '0', '+']) await page.keyboard.press(key);
    await page.getByRole('button', { name: 'Block at the left greater trochanter' }).click();
    await assertNoSeriousViolations(page, 'Category III, blocks placed by hand');

    await page.getByRole('button', { name: 'Write the narrative from the record' }).click();
    await page.getByRole('button', { name: 'Sign visit' }).click();
    await attestation(page).getByRole('button', { name: 'Confirm and sign' }).waitFor();
    await assertNoSeriousViolations(page, 'attestation step');
    await attestation(page).getByRole('button', { name: 'Confirm and sign' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
    await assertNoSeriousViolations(page, 'signed visit');
    await context.close();
  });

  test('has no serious or critical violations on the emergency and urgent referral takeovers', async () => {
    const { context, page } = await chart.openFreshVisit('Axeref');
    await page.getByRole('button', { name: 'Vascular: yes' }).click();
    await page.getByRole('alert', { name: 'EMERGENCY' }).waitFor();
    await page.getByRole('form', { name: 'Record the referral' }).waitFor();
    await assertNoSeriousViolations(page, 'emergency referral with its record form');

    // An urgent flag in place of the emergency: its own heading, the same form.
    await page.getByRole('button', { name: 'Answer the rest of the screen' }).click();
    await page.getByRole('button', { name: 'Vascular: no' }).click();
    await page.getByRole('button', { name: 'Fracture: yes' }).click();
    await page.getByRole('button', { name: 'No to the rest' }).click();
    await page.getByRole('alert', { name: /^URGENT/ }).waitFor();
    await assertNoSeriousViolations(page, 'urgent referral');
    await context.close();
  });
});
