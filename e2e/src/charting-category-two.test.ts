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
    // The primaries first: leg check R 6 mm, heel tension negative, arm–fossa right, SLR negative on
    // both legs (one key), sciatic points 0 on each side; then the rest of Category I negative, and
    // Category II's inguinal right with the others negative.
    await input.press('r', '6', 'Enter');
    await input.press('0', 'r', '0', '0', '0');
    await input.press('0', '0', '-', '0', '0');
    await input.press('r', '0', '0', '0');

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
    // each: 10), locked pelvis (1), SLR and sciatic points (each leg or side: 4), knee, scalene,
    // first-rib tubercle (L and R each: 6) — 21.
    const postCheck = page.locator('#post-check');
    await postCheck.getByText('3 of 3 positive findings cleared', { exact: true }).waitFor();
    await postCheck.getByText('21 negative findings not re-checked', { exact: true }).waitFor();
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

    // 1 (None of these) + 17 pre-check keys + 1 PART + 3 post-check (leg check, arm–fossa, inguinal)
    // + 1 narrative + 1 codes + 2 signing (Sign visit, then Confirm and sign on the attestation step) = 26.
    console.log(
      `# input count, Category II from the red-flag screen to the attested signature: ${input.count}`,
    );
    assert.ok(input.count <= 30, `${input.count} inputs`);
    assert.equal(input.count, 26);
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
        coding: { lines: { code: string; modifiers: string[] }[] };
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
        negativeNotRechecked: 21,
      },
    );
    assert.match(visit.record.soap.assessment, /The findings fit SOT Category II, right/);
    assert.deepEqual(
      visit.record.coding.lines.map((l) => [l.code, l.modifiers]),
      [['98940', ['AT']]],
    );
    assert.deepEqual(visit.record.part, [{ segment: 'IL', letters: ['P', 'A'] }]);

    await page.getByRole('link', { name: 'Back to the patient' }).click();
    const timeline = page.getByRole('table', { name: /Visit timeline/ });
    const entry = timeline.locator('tbody tr').first();
    await entry.getByText('Signed').waitFor();
    await entry.getByText('Cat II R').first().waitFor();
    await entry.getByText('3 of 3 positive findings cleared', { exact: true }).waitFor();
    await entry.getByText('21 negative findings not re-checked').waitFor();
    await context.close();
  });

  test('examining both fossae and grading three occipital cells on each side still takes at most 30 inputs (issue 18)', async () => {
    const { context, page } = await chart.openFreshVisit('Duplex');
    const input = new InputCounter(page);

    await input.click(page.getByRole('button', { name: 'None of these' }));
    await waitForFocus(row(page, 'leg_check'));
    await input.press('r', '6', 'Enter', '0');
    // Arm–fossa at each fossa by touch: upper right positive, lower negative; the lower's key moves on.
    await input.click(page.getByRole('button', { name: 'Each fossa' }));
    const fossa = row(page, 'arm_fossa');
    await input.click(
      fossa.first().getByRole('button', { name: 'Arm–fossa test, upper fossa (ASIS): Right' }),
    );
    await input.click(
      fossa.nth(1).getByRole('button', {
        name: 'Arm–fossa test, lower fossa (pubis): 0, negative both sides',
      }),
    );
    // SLR negative on both legs, sciatic points 0 each side; then by touch straight to inguinal right.
    await waitForFocus(row(page, 'slr').first());
    await input.press('0', '0', '0');
    await input.click(
      row(page, 'inguinal_tenderness').getByRole('button', { name: 'Inguinal tenderness: Right' }),
    );
    await input.press('0', '0', '0');
    // Line 1, areas 1–3 graded 1 on both sides: a tap on the first cell, then Shift+digit grades the
    // left and the right cell at once and moves on.
    await input.click(
      page.locator('.grid-cell').and(page.getByRole('button', { name: /, Left, line 1, area 1:/ })),
    );
    await input.press('Shift+Digit1', 'Shift+Digit1', 'Shift+Digit1');
    await page.locator('.analysis-panel[data-category="II"][data-side="R"]').getByText('supported').waitFor();

    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    await input.click(
      row(page, 'leg_check', 'post').getByRole('button', {
        name: 'Leg check (functional short leg): 0, even',
      }),
    );
    // The post-check re-tests each fossa on its own row, the upper fossa first as it is examined.
    const fossaPost = row(page, 'arm_fossa', 'post');
    assert.equal(await fossaPost.count(), 2);
    await fossaPost.first().getByText('Arm–fossa test, upper fossa', { exact: true }).waitFor();
    await input.click(
      fossaPost.first().getByRole('button', { name: 'Arm–fossa test, upper fossa: 0, negative both sides' }),
    );
    await input.click(
      row(page, 'inguinal_tenderness', 'post').getByRole('button', {
        name: 'Inguinal tenderness: 0, negative both sides',
      }),
    );
    await fossaPost.first().locator('[data-change="cleared"][data-side="R"]').waitFor();
    await input.click(page.getByRole('button', { name: 'Write the narrative from the record' }));
    await input.click(page.getByRole('button', { name: 'Confirm suggested codes' }));
    await input.click(page.getByRole('button', { name: 'Sign visit' }));
    await input.click(attestation(page).getByRole('button', { name: 'Confirm and sign' }));
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();

    // 1 + 4 (leg check, heel tension) + 3 (fossae) + 3 (SLR, sciatic) + 4 (Category II supporting) +
    // 4 (grid) + 1 PART + 3 post-check + 1 narrative + 1 codes + 2 signing = 27.
    console.log(`# input count, Category II with both fossae and six graded cell sides: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);

    const visitId = page.url().split('/').pop() ?? '';
    const visit = await chart.session.call<{
      status: string;
      findings: {
        indicator: string;
        phase: string;
        side?: string;
        grade?: number;
        site?: { fossa?: string; line?: number; area?: number };
      }[];
    }>('GET', `/api/visits/${visitId}`);
    assert.equal(visit.status, 'signed');
    const pre = (indicator: string) =>
      visit.findings.filter((f) => f.indicator === indicator && f.phase === 'pre');
    assert.deepEqual(
      pre('occipital_fibers').map((f) => `${f.site?.line}.${f.site?.area}${f.side} G${f.grade}`),
      ['1.1L G1', '1.1R G1', '1.2L G1', '1.2R G1', '1.3L G1', '1.3R G1'],
    );
    assert.deepEqual(
      pre('arm_fossa').map((f) => [f.site?.fossa, f.side]),
      [
        ['upper', 'R'],
        ['lower', 'none'],
      ],
    );
    await context.close();
  });
});
