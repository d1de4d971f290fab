import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chartingFixture } from './charting-fixture';
import { allSaved, eventually, row, waitForFocus } from './charting-helpers';
import { signInThroughUi } from './support/ui-sign-in';

describe('the re-check timer while the hands are on the patient', () => {
  const chart = chartingFixture();

  test('sounds and flashes at each re-check until muted, and records the time actually spent', async () => {
    const patientId = await chart.freshPatient('Horologium');
    const context = await chart.newContext();
    // Count the tones: each re-check tone makes one AudioContext.
    await context.addInitScript(() => {
      const w = window as unknown as { tones: number; AudioContext?: typeof AudioContext };
      w.tones = 0;
      const Real = w.AudioContext;
      if (Real !== undefined)
        w.AudioContext = class extends Real {
          constructor() {
            super();
            w.tones += 1;
          }
        };
    });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${chart.url}/patients/${patientId}`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, chart.owner);
    await page.getByRole('button', { name: 'New visit' }).click();
    await page.getByRole('button', { name: 'None of these' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await row(page, 'arm_fossa').getByRole('button', { name: 'Arm–fossa test: Right' }).click();
    const timer = page.locator('.recheck-timer');
    await timer.getByRole('button', { name: 'Start timer' }).click();
    const tones = () => page.evaluate(() => (window as unknown as { tones: number }).tones);

    await page.clock.runFor(61_000);
    await timer.locator('.timer-prompt.timer-flash[data-recheck="1"]').waitFor();
    assert.equal(await tones(), 1, 'one tone at the first re-check');
    // Muted, the next re-check flashes without a sound; the choice is kept on this device.
    await timer.getByRole('button', { name: 'Tone on' }).click();
    await timer.getByRole('button', { name: 'Tone off' }).waitFor();
    await page.clock.runFor(60_000);
    await timer.locator('.timer-prompt.timer-flash[data-recheck="2"]').waitFor();
    assert.equal(await tones(), 1, 'no tone once muted');
    assert.equal(await page.evaluate(() => localStorage.getItem('sotchart.recheckMuted')), 'true');

    // 2:04 on the blocks records 2.1 min, not 3.
    await timer.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(3_000);
    await timer.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(3_000);
    await timer.getByRole('button', { name: /^Record 2:0[0-9] on the blocks$/ }).click();
    await allSaved(page);
    const visitId = page.url().split('/').pop() ?? '';
    const visit = await eventually(
      () =>
        chart.session.call<{ record: { treatment: { blocks: { minutes: number }[] } } }>(
          'GET',
          `/api/visits/${visitId}`,
        ),
      (v) => v.record.treatment.blocks.length > 0,
      'the blocks with their minutes on the server',
    );
    assert.deepEqual(
      visit.record.treatment.blocks.map((b) => b.minutes),
      visit.record.treatment.blocks.map(() => 2.1),
    );
    await context.close();
  });
});
