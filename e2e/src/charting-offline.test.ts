import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, row, saveStatus, type VisitBody, waitForFocus } from './charting-helpers';

describe('charting with the network blocked', () => {
  const chart = chartingFixture();

  const offlineMessage = 'Saved on this device';
  const hasArmFossa = (v: VisitBody) =>
    v.findings.some((f) => f.indicator === 'arm_fossa' && f.side === 'R' && f.positive === true);

  test('the live analysis and the blocking diagram keep answering; edits are kept and sent when the network returns', async () => {
    const { context, page } = await chart.openFreshVisit('Offline');
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await allSaved(page);
    const visitPath = new URL(page.url()).pathname;

    await context.setOffline(true);
    await page.locator('.analysis-panel').getByRole('button', { name: 'Arm–fossa test' }).click();
    await waitForFocus(row(page, 'arm_fossa'));
    await page.keyboard.press('r');
    await page.locator('.analysis-panel[data-category="II"][data-side="R"]').getByText('indicated').waitFor();
    await page.locator('.blocking-diagram[data-view="supine"] [data-block="2"]').waitFor();
    await row(page, 'inguinal_tenderness')
      .getByRole('button', { name: 'Inguinal tenderness: Right' })
      .click();
    await page.locator('.analysis-panel[data-category="II"]').getByText('supported').waitFor();
    await saveStatus(page, offlineMessage).waitFor();
    assert.equal(
      hasArmFossa(
        await chart.session.call<VisitBody>(
          'GET',
          `/api/visits${visitPath.slice(visitPath.lastIndexOf('/'))}`,
        ),
      ),
      false,
    );

    await context.setOffline(false);
    await allSaved(page);
    await page.reload();
    await row(page, 'arm_fossa').locator('output').getByText('R +').waitFor();
    await row(page, 'inguinal_tenderness').locator('output').getByText('R +').waitFor();
    await context.close();
  });

  test('edits made offline survive a closed tab and reach the server when the visit is opened again', async () => {
    const { context, page } = await chart.openFreshVisit('Closedtab');
    const visitPath = new URL(page.url()).pathname;
    const visitId = visitPath.slice(visitPath.lastIndexOf('/') + 1);
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await allSaved(page);

    await context.setOffline(true);
    await row(page, 'arm_fossa').focus();
    await page.keyboard.press('r');
    await saveStatus(page, offlineMessage).waitFor();
    await page.close();
    await context.setOffline(false);
    assert.equal(hasArmFossa(await chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`)), false);

    const again = await context.newPage();
    await again.goto(`${chart.url}${visitPath}`);
    await row(again, 'arm_fossa').locator('output').getByText('R +').waitFor();
    await eventually(
      () => chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`),
      hasArmFossa,
      'the offline edit on the server',
    );
    await allSaved(again);
    await context.close();
  });

  test('coming back to a visit from the patient page continues from the saved version, with no conflict', async () => {
    const { context, page } = await chart.openFreshVisit('Returning');
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await page.keyboard.press('r');
    await page.keyboard.press('5');
    await allSaved(page);
    await page.getByRole('link', { name: 'Back to the patient' }).click();
    await page
      .getByRole('table', { name: /Visit timeline/ })
      .locator('tbody tr')
      .first()
      .getByRole('link')
      .click();
    await row(page, 'arm_fossa').focus();
    await page.keyboard.press('l');
    const visitId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await eventually(
      () => chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`),
      (v) => v.findings.some((f) => f.indicator === 'arm_fossa' && f.side === 'L'),
      'the edit made after coming back on the server',
    );
    await allSaved(page);
    assert.equal(await page.getByRole('heading', { name: 'Two versions of this visit' }).count(), 0);
    await row(page, 'leg_check').locator('output').getByText('R 5 mm').waitFor();
    await context.close();
  });
});
