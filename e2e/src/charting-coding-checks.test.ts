import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { screenAnswers } from '@sotchart/test-support';
import { allSaved, attestation, openVisit } from './charting-helpers';
import { chartingFixture } from './charting-fixture';
import { screenshotDir } from './support/screenshot';

interface Created {
  readonly id: string;
  readonly version: number;
}

describe('coding checks on the charting screen', () => {
  const chart = chartingFixture();

  // L5 and SA adjusted (2 spinal regions, so 98940), PART not met at L5; 98942 with AT and GA confirmed.
  async function codedVisit(
    name: string,
  ): Promise<{ readonly patientId: string; readonly created: Created }> {
    const patientId = await chart.freshPatient(name);
    const created = await chart.session.call<Created>('POST', `/api/patients/${patientId}/visits`, {
      visitAt: new Date().toISOString(),
      type: 'follow_up',
      chiefComplaint: 'Low back pain',
    });
    await chart.session.call('PATCH', `/api/visits/${created.id}`, {
      version: created.version,
      findings: screenAnswers(),
      record: {
        treatment: {
          adjustments: [
            { segment: 'L5', technique: 'Drop table' },
            { segment: 'SA', technique: 'Category II blocking' },
          ],
        },
        part: [
          { segment: 'L5', letters: ['P'] },
          { segment: 'SA', letters: ['P', 'R'] },
        ],
        coding: {
          diagnoses: ['M99.03', 'M99.04', 'M54.50'],
          lines: [{ code: '98942', modifiers: ['AT', 'GA'], pointers: [1, 2, 3], units: 1 }],
        },
      },
    });
    return { patientId, created };
  }

  /**
   * A fresh coded visit opened in the browser; on a German device when asked (the owner has no
   * language of their own, so the device's applies).
   */
  async function openCoded(
    name: string,
    german = false,
  ): Promise<{ readonly context: BrowserContext; readonly page: Page; readonly visitId: string }> {
    const { patientId, created } = await codedVisit(name);
    const context = await chart.newContext();
    const page = await openVisit(
      context,
      chart.url,
      chart.owner,
      `/patients/${patientId}/visits/${created.id}`,
    );
    if (german) {
      await page.evaluate(() => localStorage.setItem('sotchart.language', 'de'));
      await page.reload();
    }
    return { context, page, visitId: created.id };
  }

  test('shows each problem beside its line, refuses signing in words, and signs once corrected and reasoned', async () => {
    const { context, page, visitId } = await openCoded('Coder');
    const line = page.getByRole('group', { name: 'Line 1', exact: true });
    await line.getByText('98942 does not fit: 2 spinal regions were treated, which is 98940.').waitFor();
    await line.getByText('AT and GA may not be on one line.').waitFor();
    await line.getByText(/PART is not met at L5/).waitFor();
    await page.locator('div.coding').screenshot({ path: `${screenshotDir}coding-checks-problems.png` });

    await page.getByRole('button', { name: 'Sign visit' }).click();
    await attestation(page).getByRole('button', { name: 'Confirm and sign' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Signing was refused' });
    await refusal.getByText(/Line 1: 98942 does not fit/).waitFor();
    assert.ok((await refusal.textContent())?.includes('cpt.cmt-region-count: must be corrected'));
    await refusal.screenshot({ path: `${screenshotDir}coding-checks-refused.png` });
    await page.keyboard.press('Escape');

    await line.getByLabel('Line 1 code').fill('98940');
    await page
      .getByRole('group', { name: 'Modifiers of line 1' })
      .getByRole('button', { name: 'GA' })
      .click();
    await allSaved(page);
    await page
      .getByLabel('Reason to go ahead despite part.documented')
      .fill('Acute guarding: ROM not testable today.');
    await allSaved(page);
    await line.getByText('AT and GA may not be on one line.').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Sign visit' }).click();
    await attestation(page).getByRole('button', { name: 'Confirm and sign' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
    const signed = await chart.session.call<{ status: string; record: { coding: unknown } }>(
      'GET',
      `/api/visits/${visitId}`,
    );
    assert.equal(signed.status, 'signed');
    assert.deepEqual(signed.record.coding, {
      diagnoses: ['M99.03', 'M99.04', 'M54.50'],
      lines: [{ code: '98940', modifiers: ['AT'], pointers: [1, 2, 3], units: 1 }],
      overrides: [{ rule: 'part.documented', reason: 'Acute guarding: ROM not testable today.' }],
    });
    await context.close();
  });

  test('words the problems and the override hint in the app’s language', async () => {
    const { context, page } = await openCoded('Kodierer', true);
    const line = page.getByRole('group', { name: 'Zeile 1', exact: true });
    await line
      .getByText('98942 passt nicht: 2 spinale Regionen wurden behandelt, das entspricht 98940.')
      .waitFor();
    await line.getByText('AT und GA dürfen nicht in derselben Zeile stehen.').waitFor();
    await line.getByText(/PART ist bei L5 nicht erfüllt/).waitFor();
    const hint = page.getByText(/^Bei einem spinalen CMT-Code belegt jedes behandelte Segment/);
    await hint.waitFor();
    await page.locator('div.coding').screenshot({ path: `${screenshotDir}coding-checks-problems-de.png` });
    assert.equal(await page.getByText('AT and GA may not be on one line.').count(), 0);
    await context.close();
  });

  test('writes the note in the clinical record’s language while the screen is in German', async () => {
    const { context, page } = await openCoded('Notiz', true);
    await page.getByRole('button', { name: 'Verlaufstext aus der Dokumentation erstellen' }).click();
    // The demo clinic keeps its record in English: the screen's words are German, the note's English.
    const subjective = page.getByLabel('Subjektiv', { exact: true });
    const field = await subjective.elementHandle();
    await page.waitForFunction((el) => (el as HTMLTextAreaElement).value !== '', field);
    const written = await subjective.inputValue();
    assert.match(written, /^Chief complaint: Low back pain\./u);
    assert.doesNotMatch(written, /Hauptbeschwerde/u);
    await context.close();
  });
});
