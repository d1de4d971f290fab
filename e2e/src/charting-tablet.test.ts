import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { openNewVisit, row, tabletContext, waitForFocus } from './charting-helpers';
import { screenshot } from './support/screenshot';

const tablets = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

/** Indicator rows of the pre-check wholly inside the window, as the page first shows them. */
function rowsAboveTheFold(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('#pre-check [data-entry-row]'));
    return rows.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length;
  });
}

/** Visible buttons, selects and inputs of the charting screen smaller than 44 px in either direction. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main button, main select, main input, main summary'))
      .filter((el) => el.offsetParent !== null && el.getAttribute('type') !== 'hidden')
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Checkboxes and radios sit inside their label, whose box is the target.
        const target = el.matches('input[type=checkbox], input[type=radio]')
          ? (el.closest('label')?.getBoundingClientRect() ?? box)
          : box;
        return target.height < 44 || target.width < 44;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );
}

describe('charting on a touch tablet', () => {
  const chart = chartingFixture();

  for (const tablet of tablets) {
    test(`${tablet.name} ${tablet.width}×${tablet.height}: at least 6 indicator rows above the fold, 44 px targets, no keyboard hints`, async () => {
      const context = await tabletContext(chart.browser, tablet);
      const page = await openNewVisit(context, chart.url, chart.owner, await chart.freshPatient('Tabula'));
      await page.getByRole('button', { name: 'None of these' }).tap();
      await waitForFocus(row(page, 'leg_check'));
      await page.evaluate(() => document.getElementById('pre-check')?.scrollIntoView({ block: 'start' }));

      const shown = await rowsAboveTheFold(page);
      await screenshot(page, `charting-tablet-${tablet.name}`, false);
      assert.ok(shown >= 6, `${shown} indicator rows above the fold`);
      assert.deepEqual(await smallTargets(page), []);
      assert.equal(await page.locator('.shortcut-legend').isVisible(), false);
      // Narrow screens keep the analysis in the sticky bar; wider ones show the analysis panel beside.
      assert.equal(await page.locator('.analysis-line').isVisible(), tablet.width < 900);
      assert.equal(await page.locator('#pre-check .entry-hint').first().isVisible(), false);
      // One tap charts a row, as a key does on the desktop.
      await row(page, 'heel_tension').getByRole('button', { name: 'Heel tension: Right' }).tap();
      await row(page, 'heel_tension').locator('output').getByText('R +').waitFor();
      await context.close();
    });
  }
});
