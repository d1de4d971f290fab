import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, row, waitForFocus } from './charting-helpers';
import { screenshot } from './support/screenshot';

interface GridFinding {
  readonly indicator: string;
  readonly phase: string;
  readonly side?: string;
  readonly grade?: number;
  readonly site?: { readonly line?: number; readonly area?: number };
}

describe('charting the occipital-fibre grid per side', () => {
  const chart = chartingFixture();

  test('left and right grades of one cell are saved as two findings and re-checked as two rows', async () => {
    const { context, page } = await chart.openFreshVisit('Occiput');
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));

    const cell = (side: 'Left' | 'Right') =>
      page
        .locator('.grid-cell')
        .and(page.getByRole('button', { name: new RegExp(`, ${side}, line 2, area 5:`) }));
    await cell('Left').focus();
    await page.keyboard.press('2');
    await cell('Right').focus();
    await page.keyboard.press('1');
    await cell('Left').getByText('2', { exact: true }).waitFor();
    await cell('Right').getByText('1', { exact: true }).waitFor();
    await allSaved(page);
    await cell('Left').scrollIntoViewIfNeeded();
    await screenshot(page, 'charting-occipital-sides', false);

    const visitId = page.url().split('/').pop() ?? '';
    const atCell = (findings: readonly GridFinding[]) =>
      findings
        .filter((f) => f.indicator === 'occipital_fibers' && f.phase === 'pre')
        .filter((f) => f.site?.line === 2 && f.site.area === 5)
        .map((f) => ({ side: f.side, grade: f.grade }));
    const visit = await eventually(
      () => chart.session.call<{ findings: GridFinding[] }>('GET', `/api/visits/${visitId}`),
      (v) => atCell(v.findings).length === 2,
      'both sides of line 2 area 5 on the server',
    );
    assert.deepEqual(atCell(visit.findings), [
      { side: 'L', grade: 2 },
      { side: 'R', grade: 1 },
    ]);

    // The post-check re-tests each side on its own row.
    assert.equal(await row(page, 'occipital_fibers', 'post').count(), 2);
    await context.close();
  });
});
