import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { screenAnswers } from '@sotchart/test-support';
import { chartingFixture } from './charting-fixture';
import { eventually, row, signVisit, waitForFocus, type VisitBody } from './charting-helpers';

describe('charting safeguards: contraindication overrides and explicit carry-forward', () => {
  const chart = chartingFixture();

  test('a contraindication shows its warning and blocks signing, with the reason, until the override reason is written', async () => {
    const { context, page } = await chart.openFreshVisit('Cautela');
    await page.getByRole('button', { name: 'Pregnancy: yes' }).click();
    await page.getByRole('button', { name: 'No to the rest' }).click();
    await waitForFocus(row(page, 'leg_check'));
    await row(page, 'arm_fossa').focus();
    await page.keyboard.press('l');
    await page.locator('.analysis-panel[data-category="II"][data-side="L"]').waitFor();

    const reason = page.getByLabel(/Reason to proceed despite pregnancy/);
    await reason.waitFor();
    const sign = page.getByRole('button', { name: 'Sign visit' });
    assert.equal(await sign.isDisabled(), true);
    await page.getByText('Write your reason to proceed despite pregnancy (Blocking).').waitFor();

    await reason.fill('Supine only, with a wedge under the right hip; patient comfortable.');
    await page.getByText('Signing is blocked:').waitFor({ state: 'detached' });
    await signVisit(page);
    const visitId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const signed = await chart.session.call<{ overrides: { contraindication: string }[]; status: string }>(
      'GET',
      `/api/visits/${visitId}`,
    );
    assert.equal(signed.status, 'signed');
    assert.deepEqual(
      signed.overrides.map((o) => o.contraindication),
      ['ci_pregnancy'],
    );
    await context.close();
  });

  test("the last visit's value shows beside its row and is carried over only by an explicit confirm, marked as such", async () => {
    const patientId = await chart.freshPatient('Memoria');
    const last = await chart.session.call<{ id: string; version: number }>(
      'POST',
      `/api/patients/${patientId}/visits`,
      {
        visitAt: new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString(),
        type: 'new_patient',
      },
    );
    const saved = await chart.session.call<{ version: number }>('PATCH', `/api/visits/${last.id}`, {
      version: last.version,
      findings: [
        ...screenAnswers(),
        { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 },
        { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true },
      ],
    });
    await chart.session.call('POST', `/api/visits/${last.id}/sign`, { version: saved.version, attest: true });

    const { context, page } = await chart.openNewVisit(patientId);
    await page.getByRole('button', { name: 'None of these' }).click();
    const legCheck = row(page, 'leg_check');
    await waitForFocus(legCheck);
    await legCheck.getByText('R 6 mm', { exact: true }).waitFor();
    assert.equal(await legCheck.locator('output').textContent(), '—', 'nothing is prefilled');

    await page.keyboard.press('c');
    await legCheck.getByRole('button', { name: 'Confirm R 6 mm for today' }).waitFor();
    await page.keyboard.press('Enter');
    await legCheck.locator('output').getByText('carried forward, confirmed').waitFor();
    await row(page, 'heel_tension').getByRole('button', { name: 'Carry forward (C)' }).click();
    await row(page, 'heel_tension').getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await row(page, 'heel_tension').locator('output').textContent(), '—');

    const visitId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const visit = await eventually(
      () =>
        chart.session.call<VisitBody & { findings: { indicator: string; carriedForward?: boolean }[] }>(
          'GET',
          `/api/visits/${visitId}`,
        ),
      (v) => v.findings.some((f) => f.indicator === 'leg_check'),
      'the carried-forward finding on the server',
    );
    assert.deepEqual(
      visit.findings.filter((f) => f.indicator === 'leg_check' || f.indicator === 'heel_tension'),
      [{ indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6, carriedForward: true }],
    );
    await context.close();
  });
});
