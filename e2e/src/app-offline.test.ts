import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, row, saveStatus, type VisitBody, waitForFocus } from './charting-helpers';
import { createTestUser } from './support/api-session';
import { deviceStorage } from './support/device-storage';
import { screenshot } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';

describe('the app opened without a network', () => {
  const chart = chartingFixture();
  const familyName = 'Appoffline';
  const hasArmFossa = (v: VisitBody) =>
    v.findings.some((f) => f.indicator === 'arm_fossa' && f.side === 'R' && f.positive === true);

  test('a reload and a cold start open the chart with its queued edit, which reaches the server later; sign-out leaves no patient data', async () => {
    const { context, page } = await chart.openFreshVisit(familyName);
    const visitPath = new URL(page.url()).pathname;
    const visitId = visitPath.slice(visitPath.lastIndexOf('/') + 1);
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await allSaved(page);
    // The app shell is installed once the service worker is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    // The page must be offline before the edit, or a loaded machine may send it before the switch.
    await page.waitForFunction(() => !navigator.onLine);
    await row(page, 'arm_fossa').focus();
    await page.keyboard.press('r');
    await saveStatus(page, 'Saved on this device').waitFor();

    await page.reload();
    await row(page, 'arm_fossa').locator('output').getByText('R +').waitFor();
    await screenshot(page, 'app-offline-reload');

    await page.close();
    const cold = await context.newPage();
    await cold.goto(`${chart.url}${visitPath}`);
    await cold.waitForFunction(() => !navigator.onLine);
    await row(cold, 'arm_fossa').locator('output').getByText('R +').waitFor();
    assert.equal(hasArmFossa(await chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`)), false);

    await context.setOffline(false);
    await eventually(
      () => chart.session.call<VisitBody>('GET', `/api/visits/${visitId}`),
      hasArmFossa,
      'the edit queued offline on the server',
    );
    await allSaved(cold);

    await cold.getByRole('button', { name: 'Sign out', exact: true }).click();
    await cold.getByRole('heading', { name: 'Sign in' }).waitFor();
    const kept = await deviceStorage(cold);
    for (const [name, stores] of Object.entries(kept.indexedDb))
      for (const [store, records] of Object.entries(stores))
        assert.equal(records, '[]', `IndexedDB ${name}/${store} is empty after sign-out`);
    for (const [name, paths] of Object.entries(kept.caches))
      assert.deepEqual(
        paths.filter((p) => p.startsWith('/api') || p.startsWith('/fhir')),
        [],
        `cache ${name} holds no API answer`,
      );
    assert.ok(Object.keys(kept.caches).length > 0, 'the app shell stays cached');
    const storages = `${kept.localStorage} ${kept.sessionStorage}`;
    assert.ok(
      !storages.includes(familyName) && !storages.includes(visitId),
      'no patient data in web storage',
    );
    await context.close();
  });

  test('another user signing in on the device finds none of the previous user’s patients kept', async () => {
    const { context, page } = await chart.openFreshVisit('Firstuser');
    await page.getByRole('button', { name: 'None of these' }).click();
    await allSaved(page);
    const before = await deviceStorage(page);
    assert.match(before.indexedDb['sotchart-charting']?.['working-set'] ?? '', /Firstuser/);

    // The first user's session ends without a sign-out (expired, or the tablet handed over).
    await context.clearCookies();
    const second = await createTestUser(chart.url, chart.session, 'practitioner');
    await page.goto(`${chart.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, second);
    await eventually(
      () => deviceStorage(page),
      (kept) => (kept.indexedDb['sotchart-charting']?.['working-set'] ?? '').includes(second.id),
      'the second user’s session kept',
    );
    const after = await deviceStorage(page);
    const kept = JSON.stringify(after.indexedDb);
    assert.ok(!kept.includes('Firstuser'), 'the first user’s patient is gone from IndexedDB');
    await context.close();
  });
});
