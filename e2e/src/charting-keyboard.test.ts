import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { attestation, focusedName, row, tabTo, waitForFocus } from './charting-helpers';

describe('charting from the keyboard alone', () => {
  const chart = chartingFixture();

  test('signs in, answers the screen, enters findings, re-checks, writes the note, attests and signs without the mouse', async () => {
    const patientId = await chart.freshPatient('Keyboard');
    const visit = await chart.session.call<{ id: string }>('POST', `/api/patients/${patientId}/visits`, {
      visitAt: new Date().toISOString(),
      type: 'new_patient',
    });
    const context = await chart.newContext();
    const page = await context.newPage();
    await page.goto(`${chart.url}/patients/${patientId}/visits/${visit.id}`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.keyboard.type(chart.owner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(chart.owner.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Red-flag screen' }).waitFor();

    await tabTo(page, /^None of these$/);
    await page.keyboard.press('Enter');
    await waitForFocus(row(page, 'leg_check'));
    // The primaries come first: two rows down to the arm–fossa test, then SLR, where 0 records both
    // legs negative and moves past them; seven rows on to inguinal tenderness.
    for (let n = 0; n < 2; n += 1) await page.keyboard.press('ArrowDown');
    await waitForFocus(row(page, 'arm_fossa'));
    await page.keyboard.press('l');
    await waitForFocus(row(page, 'slr').first());
    await page.keyboard.press('0');
    await waitForFocus(row(page, 'sciatic_pain_points').first());
    for (let n = 0; n < 7; n += 1) await page.keyboard.press('ArrowDown');
    await waitForFocus(row(page, 'inguinal_tenderness'));
    await page.keyboard.press('l');
    await page.locator('.analysis-panel[data-category="II"][data-side="L"]').getByText('supported').waitFor();

    await page.keyboard.press('Escape');
    await tabTo(page, /^Post-check$/);
    await page.keyboard.press('Enter');
    await waitForFocus(row(page, 'arm_fossa', 'post'));
    await page.keyboard.press('0');
    await row(page, 'arm_fossa', 'post').locator('[data-change="cleared"]').waitFor();

    await page.keyboard.press('Escape');
    await tabTo(page, /^Note and sign$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Write the narrative from the record$/);
    await page.keyboard.press('Enter');
    // Signing opens the attestation step with the focus on its confirm button; Escape cancels it and
    // gives the focus back to "Sign visit"; Enter opens it again and Enter confirms.
    await tabTo(page, /^Sign visit$/);
    await page.keyboard.press('Enter');
    const step = attestation(page);
    const confirm = step.getByRole('button', { name: 'Confirm and sign' });
    await waitForFocus(confirm);
    await step.getByText('Dana Demo, DC', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await step.waitFor({ state: 'hidden' });
    await waitForFocus(page.getByRole('button', { name: 'Sign visit' }));
    assert.equal(await focusedName(page), 'Sign visit');
    await page.keyboard.press('Enter');
    await waitForFocus(confirm);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
    const signed = await chart.session.call<{ status: string; record: { soap: { objective: string } } }>(
      'GET',
      `/api/visits/${visit.id}`,
    );
    assert.equal(signed.status, 'signed');
    assert.match(signed.record.soap.objective, /Arm–fossa test: left positive \(cleared after treatment\)/);
    await context.close();
  });
});
