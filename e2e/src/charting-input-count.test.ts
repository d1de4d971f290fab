import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chartingFixture } from './charting-fixture';
import { attestation, InputCounter, row, tabletContext, waitForFocus } from './charting-helpers';
import { screenshot } from './support/screenshot';
import { signInThroughUi } from './support/ui-sign-in';

// A whole visit counted as a person counts it (UX.md; issue 21): from the patient list to the signed
// note — subjective, red-flag screen, pre-check, blocking, treatment with PART, post-check, narrative,
// codes, attestation and signing. Each click or tap is one input, each key one, all keys typed into
// one text field one together; scrolling is free.

interface Visit {
  readonly page: Page;
  readonly input: InputCounter;
  readonly close: () => Promise<void>;
}

describe('inputs for a whole visit, from the patient list to the signed note', () => {
  const chart = chartingFixture();

  /** Signs in on the patient list (not counted), then finds the patient and starts the visit (counted). */
  async function startFromList(familyName: string): Promise<Visit> {
    await chart.freshPatient(familyName);
    const context = await chart.newContext();
    const page = await context.newPage();
    await page.goto(`${chart.url}/patients`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, chart.owner);
    const input = new InputCounter(page);
    await input.click(page.getByRole('searchbox', { name: 'Search patients' }));
    await input.type(familyName);
    await page.getByRole('link', { name: new RegExp(familyName) }).waitFor();
    await input.press('Enter');
    await input.click(page.getByRole('button', { name: 'New visit' }));
    // The complaint has the focus on a new visit; Tab to the pain scale, whose list takes the digit.
    await waitForFocus(page.getByLabel('Chief complaint'));
    await input.type('Low back pain after lifting');
    await input.press('Tab', '6');
    await input.click(page.getByRole('button', { name: 'None of these' }));
    await waitForFocus(row(page, 'leg_check'));
    return { page, input, close: () => context.close() };
  }

  /** Narrative, codes, attestation and signing: the same four inputs at the end of every visit. */
  async function writeAndSign({ page, input }: Visit, name: string): Promise<void> {
    await input.click(page.getByRole('button', { name: 'Write the narrative from the record' }));
    await input.click(page.getByRole('button', { name: 'Confirm suggested codes' }));
    await screenshot(page, `input-count-${name}-before-signing`);
    await input.click(page.getByRole('button', { name: 'Sign visit' }));
    await input.click(attestation(page).getByRole('button', { name: 'Confirm and sign' }));
    await page.getByRole('status').filter({ hasText: 'Signed' }).waitFor();
  }

  test('Category II: at most 30 inputs', async () => {
    const visit = await startFromList('Countwo');
    const { page, input } = visit;
    // Leg check R 6 mm; heel tension negative, arm–fossa right, SLR negative on both legs in one key,
    // sciatic points 0 each side; then Category II's supporting signs: inguinal right, the rest negative.
    await input.press('r', '6', 'Enter', '0', 'r', '0', '0', '0');
    await input.click(
      row(page, 'inguinal_tenderness').getByRole('button', { name: 'Inguinal tenderness: Right' }),
    );
    await input.press('0', '0', '0');
    await page.locator('.analysis-panel[data-category="II"][data-side="R"]').getByText('supported').waitFor();
    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    for (const [indicator, name] of [
      ['leg_check', 'Leg check (functional short leg): 0, even'],
      ['arm_fossa', 'Arm–fossa test: 0, negative both sides'],
      ['inguinal_tenderness', 'Inguinal tenderness: 0, negative both sides'],
    ] as const)
      await input.click(row(page, indicator, 'post').getByRole('button', { name }));
    await writeAndSign(visit, 'category-two');
    console.log(`# input count, Category II from the patient list to the signed note: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);
    await visit.close();
  });

  test('Category II on a 1024×768 touch tablet, every input a tap: at most 30 inputs', async () => {
    await chart.freshPatient('Tabletwo');
    const context = await tabletContext(chart.browser);
    const page = await context.newPage();
    await page.goto(`${chart.url}/patients`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signInThroughUi(page, chart.owner);
    const input = new InputCounter(page);
    const tap = (indicator: string, name: string, phase: 'pre' | 'post' = 'pre') =>
      input.click(row(page, indicator, phase).getByRole('button', { name }));
    await input.click(page.getByRole('searchbox', { name: 'Search patients' }));
    await input.type('Tabletwo');
    await input.click(page.getByRole('link', { name: /Tabletwo/ }));
    await input.click(page.getByRole('button', { name: 'New visit' }));
    await waitForFocus(page.getByLabel('Chief complaint'));
    await input.type('Low back pain after lifting');
    await input.choose(page.getByLabel('Pain today (NPRS)'), '6/10');
    await input.click(page.getByRole('button', { name: 'None of these' }));
    // Leg check: R, then the millimetres typed into their field.
    await tap('leg_check', 'Leg check (functional short leg): Right');
    await input.click(row(page, 'leg_check').getByRole('spinbutton'));
    await input.type('6');
    await tap('heel_tension', 'Heel tension: 0, negative both sides');
    await tap('arm_fossa', 'Arm–fossa test: Right');
    await tap('slr', 'Straight-leg raise, left leg: 0, negative both legs');
    await tap('sciatic_pain_points', 'Sciatic pain points, left: 0, negative');
    await tap('sciatic_pain_points', 'Sciatic pain points, right: 0, negative');
    await tap('inguinal_tenderness', 'Inguinal tenderness: Right');
    for (const [indicator, name] of [
      ['knee_sensitivity', 'Knee sensitivity'],
      ['scalene_sensitivity', 'Scalene sensitivity'],
      ['first_rib_tubercle_pain', 'First-rib tubercle pain'],
    ] as const)
      await tap(indicator, `${name}: 0, negative both sides`);
    await page.locator('.analysis-panel[data-category="II"][data-side="R"]').getByText('supported').waitFor();
    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    await tap('leg_check', 'Leg check (functional short leg): 0, even', 'post');
    await tap('arm_fossa', 'Arm–fossa test: 0, negative both sides', 'post');
    await tap('inguinal_tenderness', 'Inguinal tenderness: 0, negative both sides', 'post');
    await writeAndSign({ page, input, close: () => context.close() }, 'category-two-tablet');
    console.log(`# input count, Category II on a touch tablet from the patient list: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);
    await context.close();
  });

  test('Category I: at most 30 inputs', async () => {
    const visit = await startFromList('Countone');
    const { page, input } = visit;
    // Leg check R 6 mm, heel tension R; dollar and crest sign R by touch.
    await input.press('r', '6', 'Enter', 'r');
    await input.click(row(page, 'dollar_sign').getByRole('button', { name: 'Dollar sign: Right' }));
    await input.click(row(page, 'crest_sign').getByRole('button', { name: 'Crest sign: Right' }));
    await page.locator('.analysis-panel[data-category="I"][data-side="R"]').getByText('supported').waitFor();
    // L5 adjusted, its PART confirmed from the findings and completed with A.
    await input.click(page.getByRole('button', { name: 'L5', exact: true }));
    await input.click(page.getByRole('button', { name: 'Confirm suggested PART letters' }));
    await input.click(page.getByRole('button', { name: 'L5 Asymmetry/misalignment' }));
    await input.click(
      row(page, 'heel_tension', 'post').getByRole('button', { name: 'Heel tension: 0, negative both sides' }),
    );
    await input.click(
      row(page, 'leg_check', 'post').getByRole('button', {
        name: 'Leg check (functional short leg): 0, even',
      }),
    );
    await writeAndSign(visit, 'category-one');
    console.log(`# input count, Category I from the patient list to the signed note: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);
    await visit.close();
  });

  test('Category III: at most 30 inputs', async () => {
    const visit = await startFromList('Countthree');
    const { page, input } = visit;
    // SLR: left 40° with the symptom, right negative; sciatic points left 2, right 0.
    await input.click(page.locator('.analysis-panel').getByRole('button', { name: 'Straight-leg raise' }));
    await waitForFocus(row(page, 'slr').first());
    await input.press('4', '0', '+', '0', '2', '0');
    await page.locator('.analysis-panel[data-category="III"][data-side="L"]').waitFor();
    // Category III blocks are placed by hand on the prone diagram.
    await input.click(page.getByRole('button', { name: 'Block at the left greater trochanter' }));
    await input.click(page.getByRole('button', { name: 'Block at the right ASIS' }));
    // Blocking treats the pelvis (IL): its PART, pain and misalignment, by two taps.
    await input.click(page.getByRole('button', { name: 'IL Pain/tenderness' }));
    await input.click(page.getByRole('button', { name: 'IL Asymmetry/misalignment' }));
    await input.click(
      row(page, 'slr', 'post')
        .first()
        .getByRole('button', { name: /: Symptom not reproduced$/ }),
    );
    await writeAndSign(visit, 'category-three');
    console.log(`# input count, Category III from the patient list to the signed note: ${input.count}`);
    assert.ok(input.count <= 30, `${input.count} inputs`);
    await visit.close();
  });
});
