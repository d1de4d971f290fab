import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, openVisit, type VisitBody } from './charting-helpers';
import { screenshot } from './support/screenshot';

async function openSubjective(page: Page): Promise<void> {
  const details = page.locator('details.subjective');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.getByLabel('Chief complaint').waitFor();
}

async function writeComplaint(page: Page, text: string): Promise<void> {
  await openSubjective(page);
  await page.getByLabel('Chief complaint').fill(text);
}

describe('two sessions edit the same draft', () => {
  const chart = chartingFixture();

  test('the second save meets a conflict, both versions are shown side by side, and the merge keeps both texts', async () => {
    const { context: first, page: a } = await chart.openFreshVisit('Duo');
    const second = await chart.newContext();
    const path = new URL(a.url()).pathname;
    const visitId = path.split('/').pop() ?? '';
    const b = await openVisit(second, chart.url, chart.owner, path);

    const mine = 'Worse after sitting at work all day';
    const theirs = 'Low back pain since Monday';
    await writeComplaint(a, theirs);
    await eventually(
      () => chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`),
      (v) => v.chiefComplaint === theirs,
      'the first save',
    );
    await writeComplaint(b, mine);

    const conflict = b
      .getByRole('alert')
      .filter({ has: b.getByRole('heading', { name: 'Two versions of this visit' }) });
    await conflict.waitFor();
    const complaintRow = conflict.getByRole('row', { name: /Chief complaint/ });
    assert.equal(await complaintRow.locator('[data-version="mine"]').textContent(), mine);
    assert.equal(await complaintRow.locator('[data-version="theirs"]').textContent(), theirs);
    await screenshot(b, 'charting-conflict');

    await conflict.getByRole('button', { name: 'Keep both (merge)' }).click();
    await conflict.waitFor({ state: 'detached' });
    const merged = await eventually(
      () => chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`),
      (v) => v.chiefComplaint.includes(mine),
      'the merged save',
    );
    assert.ok(merged.chiefComplaint.includes(theirs), merged.chiefComplaint);
    await allSaved(b);
    assert.equal(await b.getByLabel('Chief complaint').inputValue(), merged.chiefComplaint);

    await a.reload();
    await openSubjective(a);
    const reread = await a.getByLabel('Chief complaint').inputValue();
    assert.ok(reread.includes(mine) && reread.includes(theirs), reread);
    await first.close();
    await second.close();
  });
});
