import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, row, waitForFocus } from './charting-helpers';
import { screenshot } from './support/screenshot';

interface SiteFinding {
  readonly indicator: string;
  readonly phase: string;
  readonly side?: string;
  readonly positive?: boolean;
  readonly grade?: number;
  readonly degrees?: number;
  readonly symptomReproduced?: boolean;
  readonly site?: { readonly fossa?: string; readonly structure?: string; readonly level?: string };
}

describe('charting per leg, per side and per fossa', () => {
  const chart = chartingFixture();

  test('SLR per leg, sciatic pain points per side, arm–fossa per fossa: each its own finding', async () => {
    const { context, page } = await chart.openFreshVisit('Situs');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));

    // SLR: the left leg's row takes 40° and symptom +, then moves on to the right leg's row.
    const slr = row(page, 'slr');
    assert.equal(await slr.count(), 2);
    await slr.first().focus();
    for (const key of ['4', '0', '+']) await page.keyboard.press(key);
    await waitForFocus(slr.nth(1));
    // Side keys of the other leg are not taken on a leg's row.
    for (const key of ['l', '7', '0', '-']) await page.keyboard.press(key);
    await slr.first().locator('output').getByText('L 40° symptom +').waitFor();
    await slr.nth(1).locator('output').getByText('R 70° symptom −').waitFor();

    // Sciatic pain points (side_grade): one row per side; the left side graded 2 by key, which
    // moves on to the right side's row.
    const sciatic = row(page, 'sciatic_pain_points');
    assert.equal(await sciatic.count(), 2);
    await sciatic.first().getByText('Sciatic pain points, left', { exact: true }).waitFor();
    await sciatic.nth(1).getByText('Sciatic pain points, right', { exact: true }).waitFor();
    await sciatic.first().focus();
    await page.keyboard.press('2');
    await waitForFocus(sciatic.nth(1));
    await sciatic.first().locator('output').getByText('L G2').waitFor();

    // Arm–fossa: switch to each fossa, then upper R positive by touch and lower none by key.
    await page.getByRole('button', { name: 'Each fossa' }).click();
    const fossa = row(page, 'arm_fossa');
    assert.equal(await fossa.count(), 2);
    await fossa.first().getByRole('button', { name: 'Arm–fossa test, upper fossa (ASIS): Right' }).click();
    await fossa.nth(1).focus();
    await page.keyboard.press('0');
    await fossa.first().locator('output').getByText('R + upper fossa').waitFor();
    await fossa.nth(1).locator('output').getByText('0 lower fossa').waitFor();
    // One tap on the other mode only asks: the two fossae charted are not thrown away by a stray tap.
    await page.getByRole('button', { name: 'One result' }).click();
    await page.getByRole('button', { name: 'One result: tap again to replace the results' }).waitFor();
    assert.equal(await fossa.count(), 2);
    await allSaved(page);

    const visitId = page.url().split('/').pop() ?? '';
    const pick = (findings: readonly SiteFinding[], indicator: string) =>
      findings.filter((f) => f.indicator === indicator && f.phase === 'pre');
    const visit = await eventually(
      () => chart.session.call<{ findings: SiteFinding[] }>('GET', `/api/visits/${visitId}`),
      (v) =>
        pick(v.findings, 'slr').length === 2 &&
        pick(v.findings, 'arm_fossa').length === 2 &&
        pick(v.findings, 'sciatic_pain_points').length === 1,
      'both legs, the graded side and both fossae on the server',
    );
    assert.deepEqual(pick(visit.findings, 'slr'), [
      { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true },
      { indicator: 'slr', phase: 'pre', side: 'R', degrees: 70, symptomReproduced: false },
    ]);
    assert.deepEqual(pick(visit.findings, 'sciatic_pain_points'), [
      { indicator: 'sciatic_pain_points', phase: 'pre', side: 'L', grade: 2 },
    ]);
    assert.deepEqual(pick(visit.findings, 'arm_fossa'), [
      { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true, site: { fossa: 'upper' } },
      { indicator: 'arm_fossa', phase: 'pre', side: 'none', positive: false, site: { fossa: 'lower' } },
    ]);

    // The post-check re-tests each leg and each fossa on its own row.
    assert.equal(await row(page, 'slr', 'post').count(), 2);
    assert.equal(await row(page, 'arm_fossa', 'post').count(), 2);
    await row(page, 'slr', 'post').first().getByText('Straight-leg raise, left', { exact: true }).waitFor();
    // Re-testing the upper fossa negative clears its right side and keeps the fossa on the post finding.
    const upperPost = row(page, 'arm_fossa', 'post').filter({ hasText: 'Arm–fossa test, upper fossa' });
    await upperPost.focus();
    await page.keyboard.press('0');
    await upperPost.locator('[data-change="cleared"][data-side="R"]').waitFor();
    await allSaved(page);
    const after = await eventually(
      () => chart.session.call<{ findings: SiteFinding[] }>('GET', `/api/visits/${visitId}`),
      (v) => v.findings.some((f) => f.indicator === 'arm_fossa' && f.phase === 'post'),
      'the post-check result on the server',
    );
    assert.deepEqual(
      after.findings.filter((f) => f.indicator === 'arm_fossa' && f.phase === 'post'),
      [{ indicator: 'arm_fossa', phase: 'post', side: 'none', positive: false, site: { fossa: 'upper' } }],
    );

    await slr.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'charting-sites-slr', false);
    await fossa.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'charting-sites-arm-fossa', false);
    await context.close();
  });

  test('cranial structures and TS points: several findings each, added, changed and removed by keyboard and touch', async () => {
    const { context, page } = await chart.openFreshVisit('Calvaria');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    const cranialRow = (structure: string) =>
      row(page, 'cranial_restriction').filter({ hasText: `Cranial restriction, ${structure}` });

    // By keyboard: type the structure in the list, Tab to Add, Enter; the new row takes the focus and
    // R records the restriction on the right.
    const cranial = page.getByRole('group', { name: 'Cranial restriction: add a site' });
    await cranial.getByLabel('Cranial restriction structure (required)').focus();
    await page.keyboard.type('sph');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForFocus(cranialRow('sphenoid'));
    await page.keyboard.press('r');
    await cranialRow('sphenoid').locator('output').getByText('R + sphenoid').waitFor();

    // By touch: pick temporal, Add, Left. A structure already charted cannot be picked again.
    const structure = cranial.getByLabel('Cranial restriction structure (required)');
    assert.equal(await structure.locator('option[value="sphenoid"]').isDisabled(), true);
    await structure.selectOption('temporal');
    await cranial.getByRole('button', { name: 'Add' }).click();
    await cranialRow('temporal').getByRole('button', { name: 'Cranial restriction, temporal: Left' }).click();
    // Change one, remove the other.
    await cranialRow('sphenoid')
      .getByRole('button', { name: 'Cranial restriction, sphenoid: Both sides' })
      .click();
    await cranialRow('temporal')
      .getByRole('button', { name: 'Cranial restriction, temporal: remove' })
      .click();
    assert.equal(await cranialRow('temporal').count(), 0);

    // TS points: T4 A left by touch; T4 B added, then removed with Delete from the keyboard.
    const ts = page.getByRole('group', { name: 'TS point: add a site' });
    await ts.getByLabel('TS point level (required)').selectOption('T4');
    await ts.getByLabel('TS point A or B (required)').selectOption('A');
    await ts.getByRole('button', { name: 'Add' }).click();
    const tsRow = (site: string) => row(page, 'ts_point').filter({ hasText: `TS point, ${site}` });
    await tsRow('T4, A').getByRole('button', { name: 'TS point, T4, A: Left' }).click();
    await ts.getByLabel('TS point level (required)').selectOption('T4');
    assert.equal(
      await ts.getByLabel('TS point A or B (required)').locator('option[value="A"]').isDisabled(),
      true,
    );
    await ts.getByLabel('TS point A or B (required)').selectOption('B');
    await ts.getByRole('button', { name: 'Add' }).click();
    await waitForFocus(tsRow('T4, B'));
    await page.keyboard.press('r');
    await tsRow('T4, B').locator('output').getByText('R + B T4').waitFor();
    await page.keyboard.press('Delete');
    assert.equal(await tsRow('T4, B').count(), 0);
    await allSaved(page);

    const visitId = page.url().split('/').pop() ?? '';
    const pick = (findings: readonly SiteFinding[], indicator: string) =>
      findings.filter((f) => f.indicator === indicator && f.phase === 'pre');
    const visit = await eventually(
      () => chart.session.call<{ findings: SiteFinding[] }>('GET', `/api/visits/${visitId}`),
      (v) =>
        pick(v.findings, 'cranial_restriction').length === 1 && pick(v.findings, 'ts_point').length === 1,
      'one cranial structure and one TS point on the server',
    );
    assert.deepEqual(pick(visit.findings, 'cranial_restriction'), [
      {
        indicator: 'cranial_restriction',
        phase: 'pre',
        side: 'bilateral',
        positive: true,
        site: { structure: 'sphenoid' },
      },
    ]);
    assert.deepEqual(pick(visit.findings, 'ts_point'), [
      {
        indicator: 'ts_point',
        phase: 'pre',
        side: 'L',
        positive: true,
        site: { level: 'T4', structure: 'A' },
      },
    ]);
    // Each site is re-checked on its own post-check row, named by its site.
    await row(page, 'cranial_restriction', 'post')
      .getByText('Cranial restriction, sphenoid', { exact: true })
      .waitFor();
    await row(page, 'ts_point', 'post').getByText('TS point, T4, A', { exact: true }).waitFor();

    await cranialRow('sphenoid').scrollIntoViewIfNeeded();
    await screenshot(page, 'charting-sites-cranial-ts', false);
    await context.close();
  });
});
