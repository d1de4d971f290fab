import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServerProcess, type ServerProcess } from '@sotchart/test-support';
import {
  api,
  chartingContext,
  freshPatient,
  InputCounter,
  openNewVisit,
  row,
  waitForFocus,
} from './charting-helpers';
import type { ApiSession } from './support/api-session';
import { demoLogin, type Credentials } from './support/demo-login';
import { screenshot } from './support/screenshot';

describe('charting a Category II visit', () => {
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

  test('from the red-flag screen to signing in at most 30 inputs, supine with both blocks, arm–fossa cleared', async () => {
    const patientId = await freshPatient(session, 'Secunda');
    const context = await chartingContext(browser);
    const page = await openNewVisit(context, server, owner, patientId);
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

    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    await input.click(
      row(page, 'arm_fossa', 'post').getByRole('button', { name: 'Arm–fossa test: 0, negative both sides' }),
    );
    await input.click(
      row(page, 'inguinal_tenderness', 'post').getByRole('button', {
        name: 'Inguinal tenderness: 0, negative both sides',
      }),
    );
    await row(page, 'arm_fossa', 'post').locator('[data-change="cleared"]').getByText('cleared').waitFor();

    await input.click(page.getByRole('button', { name: 'Write the narrative from the record' }));
    await input.click(page.getByRole('button', { name: 'Confirm suggested codes' }));
    await screenshot(page, 'charting-category-two-before-signing');
    await input.click(page.getByRole('button', { name: 'Sign visit' }));
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();

    console.log(`# input count, Category II from the red-flag screen to signing: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);
    await screenshot(page, 'charting-category-two-signed');

    const visitId = page.url().split('/').pop() ?? '';
    const visit = await session.call<{
      status: string;
      analysis: { category: string; side: string };
      plan: { position: string };
      verification: { items: { indicator: string; change: string }[] };
      record: {
        soap: { assessment: string };
        coding: { procedures: string[] };
        part: { segment: string; letters: string[] }[];
      };
    }>('GET', `/api/visits/${visitId}`);
    assert.equal(visit.status, 'signed');
    assert.deepEqual(
      [visit.analysis.category, visit.analysis.side, visit.plan.position],
      ['II', 'R', 'supine'],
    );
    assert.equal(visit.verification.items.find((i) => i.indicator === 'arm_fossa')?.change, 'cleared');
    assert.match(visit.record.soap.assessment, /Category II R, supported/);
    assert.deepEqual(visit.record.coding.procedures, ['98940']);
    assert.deepEqual(visit.record.part, [{ segment: 'IL', letters: ['P', 'A'] }]);

    await page.getByRole('link', { name: 'Back to the patient' }).click();
    const timeline = page.getByRole('table', { name: /Visit timeline/ });
    const entry = timeline.locator('tbody tr').first();
    await entry.getByText('Signed').waitFor();
    await entry.getByText('Cat II R').first().waitFor();
    await context.close();
  });
});
