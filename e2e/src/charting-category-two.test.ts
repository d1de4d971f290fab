import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { attestation, InputCounter, row, waitForFocus } from './charting-helpers';
import { screenshot, screenshotAtReviewSizes, screenshotOf } from './support/screenshot';

describe('charting a Category II visit', () => {
  const chart = chartingFixture();

  test('from the red-flag screen to the attested signature in at most 30 inputs, supine with both blocks, every positive cleared', async () => {
    const { context, page } = await chart.openFreshVisit('Secunda');
    const input = new InputCounter(page);

    await input.click(page.getByRole('button', { name: 'None of these' }));
    await waitForFocus(row(page, 'leg_check'));
    // Leg check R 6 mm, then every Category I sign negative, the grid left for today, arm–fossa and
    // inguinal right, the rest of Category II negative.
    await input.press('r', '6', 'Enter', 'ArrowDown');
    await input.press('0', '0', '0', '-', '0', '0');
    await waitForFocus(page.locator('.grid-cell[data-entry-row]'));
    await input.press('Enter', 'r', 'r', '0', '0', '0');

    const analysis = page.locator('.analysis-panel[data-category="II"][data-side="R"]');
    await analysis.getByText('supported').waitFor();
    const diagram = page.locator('.blocking-diagram');
    assert.equal(await diagram.getAttribute('data-view'), 'supine');
    const blocks = await diagram
      .locator('[data-block]')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-block')} ${e.getAttribute('data-side')} ${e.getAttribute('data-landmark')}`,
        ),
      );
    assert.deepEqual(blocks, ['1 R iliac_crest', '2 L trochanter']);
    await diagram.getByText('Supine, seen from the front.').waitFor();

    // The plan's certainty is the weakest of its parts: both Category II blocks are tagged "Sources
    // disagree", so the plan never says "Sourced" beside them (REFERENCE §9).
    const blocking = page.locator('#blocking');
    assert.equal(await blocking.locator('.plan-certainty').getAttribute('data-certainty'), 'conflicting');
    await blocking.locator('.plan-certainty').getByText('Sources disagree').waitFor();
    assert.deepEqual(
      await blocking.locator('.block-certainty').evaluateAll((els) => els.map((e) => e.textContent)),
      ['Sources disagree', 'Sources disagree'],
    );
    assert.equal(await blocking.getByText('Sourced', { exact: true }).count(), 0);
    await screenshotOf(page.getByRole('region', { name: 'Blocking' }), 'category-two-blocking-plan');

    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    // The post-check re-tests the three positives: arm–fossa and inguinal right, and the short right leg.
    await input.click(
      row(page, 'leg_check', 'post').getByRole('button', {
        name: 'Leg check (functional short leg): 0, even',
      }),
    );
    await input.click(
      row(page, 'arm_fossa', 'post').getByRole('button', { name: 'Arm–fossa test: 0, negative both sides' }),
    );
    await input.click(
      row(page, 'inguinal_tenderness', 'post').getByRole('button', {
        name: 'Inguinal tenderness: 0, negative both sides',
      }),
    );
    await row(page, 'arm_fossa', 'post')
      .locator('[data-change="cleared"][data-side="R"]')
      .getByText('right: cleared')
      .waitFor();
    // Positive before treatment: leg check R 6 mm, arm–fossa R, inguinal R — 3, all cleared. Negative
    // and not re-checked: heel tension, dollar sign, crest sign, first-rib fixation, sacral base (L and R
    // each: 10), locked pelvis (1), knee, scalene, first-rib tubercle (L and R each: 6) — 17.
    const postCheck = page.locator('#post-check');
    await postCheck.getByText('3 of 3 positive findings cleared', { exact: true }).waitFor();
    await postCheck.getByText('17 negative findings not re-checked', { exact: true }).waitFor();
    await screenshotOf(postCheck, 'category-two-post-check');

    await input.click(page.getByRole('button', { name: 'Write the narrative from the record' }));
    await input.click(page.getByRole('button', { name: 'Confirm suggested codes' }));
    await screenshot(page, 'charting-category-two-before-signing');
    // Signing: "Sign visit", then "Confirm and sign" on the attestation step (two inputs).
    await input.click(page.getByRole('button', { name: 'Sign visit' }));
    const step = attestation(page);
    await step.getByText('Dana Demo, DC', { exact: true }).waitFor();
    await step.getByText('DC · Licence DC-000000 (IL)').waitFor();
    await step.getByText(/attest that this note is accurate and complete/).waitFor();
    await screenshotAtReviewSizes(page, 'attestation-step', false);
    await input.click(step.getByRole('button', { name: 'Confirm and sign' }));
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();

    // 1 (None of these) + 16 pre-check keys + 1 PART + 3 post-check (leg check, arm–fossa, inguinal)
    // + 1 narrative + 1 codes + 2 signing (Sign visit, then Confirm and sign on the attestation step) = 25.
    console.log(
      `# input count, Category II from the red-flag screen to the attested signature: ${input.count}`,
    );
    assert.ok(input.count <= 30, `${input.count} inputs`);
    assert.equal(input.count, 25);
    await page.getByRole('status').filter({ hasText: 'by Dana Demo, DC' }).waitFor();
    await page.getByRole('link', { name: 'Signed note (PDF)' }).waitFor();
    await page.locator('.verification-summary').getByText('3 of 3 positive findings cleared').waitFor();
    await screenshot(page, 'charting-category-two-signed');
    await screenshotAtReviewSizes(page, 'signed-view');

    const visitId = page.url().split('/').pop() ?? '';
    const visit = await chart.session.call<{
      status: string;
      engine: {
        analysis: { category: string; side: string };
        plan: { position: string; certainty: string };
        verification: {
          items: { indicator: string; side: string | null; change: string }[];
          summary: { positivePre: number; positiveCleared: number; negativeNotRechecked: number };
        };
      };
      record: {
        soap: { assessment: string };
        coding: { procedures: string[] };
        part: { segment: string; letters: string[] }[];
      };
    }>('GET', `/api/visits/${visitId}`);
    assert.equal(visit.status, 'signed');
    assert.deepEqual(
      [visit.engine.analysis.category, visit.engine.analysis.side, visit.engine.plan.position],
      ['II', 'R', 'supine'],
    );
    assert.equal(visit.engine.plan.certainty, 'conflicting');
    assert.equal(
      visit.engine.verification.items.find((i) => i.indicator === 'arm_fossa' && i.side === 'R')?.change,
      'cleared',
    );
    const { positivePre, positiveCleared, negativeNotRechecked } = visit.engine.verification.summary;
    assert.deepEqual(
      { positivePre, positiveCleared, negativeNotRechecked },
      {
        positivePre: 3,
        positiveCleared: 3,
        negativeNotRechecked: 17,
      },
    );
    assert.match(visit.record.soap.assessment, /Category II R, supported/);
    assert.deepEqual(visit.record.coding.procedures, ['98940']);
    assert.deepEqual(visit.record.part, [{ segment: 'IL', letters: ['P', 'A'] }]);

    await page.getByRole('link', { name: 'Back to the patient' }).click();
    const timeline = page.getByRole('table', { name: /Visit timeline/ });
    const entry = timeline.locator('tbody tr').first();
    await entry.getByText('Signed').waitFor();
    await entry.getByText('Cat II R').first().waitFor();
    await entry.getByText('3 of 3 positive findings cleared', { exact: true }).waitFor();
    await entry.getByText('17 negative findings not re-checked').waitFor();
    await context.close();
  });
});
