import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { row, signVisit, waitForFocus } from './charting-helpers';
import { screenshot, screenshotAtReviewSizes } from './support/screenshot';

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
  await signVisit(page);
  await page.getByRole('link', { name: 'Back to the patient' }).click();
  await page
    .getByRole('table', { name: /Visit timeline/ })
    .locator('tbody tr')
    .first()
    .getByText('Signed')
    .waitFor();
}

describe('charting Category I, Category III and red-flag visits', () => {
  const chart = chartingFixture();

  test('Category I: prone, short-leg side trochanter first, heel tension cleared, L5 adjusted with PART', async () => {
    const { context, page } = await chart.openFreshVisit('Primus');
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    // Leg check R 6 mm, heel tension R (the primaries come first), then dollar and crest sign R by touch.
    for (const key of ['r', '6', 'Enter', 'r']) await page.keyboard.press(key);
    await row(page, 'dollar_sign').getByRole('button', { name: 'Dollar sign: Right' }).click();
    await row(page, 'crest_sign').getByRole('button', { name: 'Crest sign: Right' }).click();
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
    await context.close();
  });

  test('Category III: the practitioner places the blocks by hand on the prone diagram; SLR cleared', async () => {
    const { context, page } = await chart.openFreshVisit('Tertia');
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
    // Blocking treats the pelvis (IL): its PART, pain and misalignment, so the codes can be signed.
    await page.getByRole('button', { name: 'IL Pain/tenderness' }).click();
    await page.getByRole('button', { name: 'IL Asymmetry/misalignment' }).click();
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
    await context.close();
  });

  test('cauda equina is an emergency: the takeover says so, no plan, "referral recommended" until the referral is recorded, then signed with an addendum', async () => {
    const { context, page } = await chart.openFreshVisit('Rubra');
    await page.getByRole('button', { name: 'Cauda equina: yes' }).click();
    const emergency = page.getByRole('alert', { name: 'EMERGENCY' });
    await emergency.getByRole('heading', { name: 'EMERGENCY', exact: true }).waitFor();
    assert.equal(await emergency.getAttribute('data-urgency'), 'emergency');
    await emergency.getByText('Urgency: Emergency — emergency department now').waitFor();
    await emergency
      .getByText(/^EMERGENCY: red flag present\. Send the patient to an emergency department now/)
      .waitFor();
    // No plan: no pre-check, blocking, treatment or coding under a red flag.
    for (const heading of ['Pre-check', 'Blocking', 'Treatment', 'Coding'])
      assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 0, heading);
    assert.equal(await page.locator('.blocking-diagram').count(), 0);
    const status = page.locator('.referral-status');
    await status.getByText('Referral recommended', { exact: true }).waitFor();
    await screenshot(page, 'charting-red-flag');
    await screenshotAtReviewSizes(page, 'emergency-takeover');

    // Before the referral is recorded the note recommends it and never says "referred".
    await page.getByRole('button', { name: 'Write the narrative from the record' }).click();
    const assessment = await page.getByLabel('Assessment').inputValue();
    assert.match(
      assessment,
      /Red flag present \(Cauda equina\): emergency, emergency department now\. Referral recommended\./,
    );
    assert.doesNotMatch(assessment, /referred/i);
    assert.match(await page.getByLabel('Plan', { exact: true }).inputValue(), /Referral recommended\./);
    assert.doesNotMatch(await page.getByLabel('Plan', { exact: true }).inputValue(), /referred/i);

    // The urgency offered is the red flag's or higher: for an emergency, only emergency.
    const form = page.getByRole('form', { name: 'Record the referral' });
    assert.deepEqual(
      await form.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      ['emergency'],
    );
    assert.equal(await form.getByRole('radio', { name: /Emergency/ }).isChecked(), true);
    assert.equal(await form.getByLabel('How').inputValue(), 'emergency_services');
    await form.getByLabel('Referred to').fill('St Mary Emergency Department');
    // "When" is on the clinic's clock (the demo clinic is in America/Chicago, UTC−6 in December).
    await form.getByLabel('When').fill('2026-12-03T10:15');
    await form.getByRole('button', { name: 'Record the referral' }).click();
    await status
      .getByText(
        'Referred to St Mary Emergency Department (emergency services) on 3 Dec 2026, 10:15, emergency',
        { exact: true },
      )
      .waitFor();
    await page.getByRole('link', { name: 'Referral letter (PDF)' }).waitFor();
    await page.getByRole('button', { name: 'Rewrite the narrative from the record' }).click();
    assert.match(
      await page.getByLabel('Plan', { exact: true }).inputValue(),
      /^Referred to St Mary Emergency Department \(emergency services\) on 3 Dec 2026/,
    );

    // Signing needs the other eleven screen answers, named, with the way back to the screen.
    assert.equal(await page.getByRole('button', { name: 'Sign visit' }).isDisabled(), true);
    const missing = page.locator('.screen-missing li');
    assert.equal(await missing.count(), 11);
    await missing.getByText('Fracture', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Answer them on the screen' }).click();
    await page.getByRole('button', { name: 'No to the rest' }).click();
    await page.getByRole('alert', { name: 'EMERGENCY' }).waitFor();
    await missing.first().waitFor({ state: 'detached' });

    await signVisit(page);
    const referral = page.getByRole('region', { name: 'Referral' });
    await referral.getByText(/^Referred to St Mary Emergency Department/).waitFor();
    await referral.getByText('Urgency: Emergency — emergency department now').waitFor();
    await page
      .getByLabel('New addendum')
      .fill('Patient phoned: seen at the emergency department the same day.');
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.getByText('Addendum 1, signed').waitFor();
    await page.getByRole('link', { name: 'Addendum 1 (PDF)' }).waitFor();
    await screenshot(page, 'charting-red-flag-signed');
    // Each link answers with its PDF: the frozen signed note, the addendum's own, the referral letter.
    for (const name of ['Signed note (PDF)', 'Addendum 1 (PDF)', 'Referral letter (PDF)']) {
      const href = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
      const pdf = await page.request.get(new URL(href, chart.url).toString());
      assert.equal(pdf.status(), 200, name);
      assert.equal(pdf.headers()['content-type'], 'application/pdf', name);
    }

    const visitId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const visit = await chart.session.call<{
      engine: {
        plan: unknown;
        cmrt: unknown[];
        heelLift: unknown;
        analysis: { referral: { urgency: string } };
      };
      record: { referral: { to: string; method: string; at: string; urgency: string } | null };
    }>('GET', `/api/visits/${visitId}`);
    assert.equal(visit.engine.analysis.referral.urgency, 'emergency');
    assert.deepEqual([visit.engine.plan, visit.engine.cmrt, visit.engine.heelLift], [null, [], null]);
    assert.deepEqual(
      visit.record.referral === null
        ? null
        : [
            visit.record.referral.to,
            visit.record.referral.method,
            visit.record.referral.at,
            visit.record.referral.urgency,
          ],
      ['St Mary Emergency Department', 'emergency_services', '2026-12-03T16:15:00.000Z', 'emergency'],
    );

    await page.getByRole('link', { name: 'Back to the patient' }).click();
    const entry = page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first();
    await entry.getByText('Signed').waitFor();
    await entry.getByText('Referral').waitFor();
    await context.close();
  });
});
