import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from './analysis/category-analysis';
import type { Finding, Side } from './findings/finding';
import { validateFindings } from './findings/validate-findings';
import { defaultPack } from './protocol/default-pack';
import { mergePack } from './protocol/merge-pack';
import { blockingPlan } from './blocking/blocking-plan';

// A per-side indicator stored as one finding for both sides (`bilateral` or `none`, as the screen
// wrote it before issue 18; the backfill leaves the rows it cannot split) or as an L and an R finding
// with the same values says the same thing, so the category, its side, its level and the plan must not
// change (REFERENCE §2, §3). Validation takes only the split form.

type Value = Omit<Finding, 'indicator' | 'phase' | 'side'>;

const both = fc.constantFrom<Side>('bilateral', 'none');
const grade = fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3);

/** One per-side indicator at one site, its value for both sides. */
const perSideValues: fc.Arbitrary<{ indicator: string; value: Value }>[] = [
  fc
    .record({ degrees: fc.integer({ min: 0, max: 90 }), symptomReproduced: fc.boolean() })
    .map((value) => ({ indicator: 'slr', value })),
  grade.map((g) => ({ indicator: 'sciatic_pain_points', value: { grade: g } })),
  fc
    .record({ line: fc.constantFrom<1 | 2 | 3>(1, 2, 3), area: fc.constantFrom<1 | 5>(1, 5), grade })
    .map(({ line, area, grade: g }) => ({
      indicator: 'occipital_fibers',
      value: { site: { line, area }, grade: g },
    })),
];

/** The other findings of the visit, so categories I and II and the short leg vary too. */
const context = fc
  .record({
    leg: fc.constantFrom<'L' | 'R' | 'none'>('L', 'R', 'none'),
    heel: fc.constantFrom<Side>('L', 'R', 'bilateral', 'none'),
    fossa: fc.constantFrom<Side>('L', 'R', 'bilateral', 'none'),
    crest: fc.boolean(),
  })
  .map(({ leg, heel, fossa, crest }): Finding[] => [
    { indicator: 'leg_check', phase: 'pre', side: leg, mm: leg === 'none' ? 0 : 5 },
    { indicator: 'heel_tension', phase: 'pre', side: heel, positive: heel !== 'none' },
    { indicator: 'arm_fossa', phase: 'pre', side: fossa, positive: fossa !== 'none' },
    { indicator: 'crest_sign', phase: 'pre', side: crest ? 'R' : 'none', positive: crest },
  ]);

const charted = fc
  .tuple(
    context,
    fc.uniqueArray(fc.oneof(...perSideValues), {
      minLength: 1,
      selector: (p) => `${p.indicator}|${JSON.stringify(p.value.site ?? {})}`,
    }),
    both,
  )
  // `none` with a positive value says nothing a side could hold, so only negative ones are compared.
  .filter(([, perSide, side]) => side !== 'none' || perSide.every((p) => !positiveValue(p.value)))
  .map(([others, perSide, side]) => ({
    joint: [
      ...others,
      ...perSide.map((p): Finding => ({ indicator: p.indicator, phase: 'pre', side, ...p.value })),
    ],
    split: [
      ...others,
      ...perSide.flatMap((p) =>
        (['L', 'R'] as const).map((s): Finding => ({
          indicator: p.indicator,
          phase: 'pre',
          side: s,
          ...p.value,
        })),
      ),
    ],
  }));

function positiveValue(value: Value): boolean {
  return value.symptomReproduced === true || (value.grade ?? 0) > 0;
}

const packs = [defaultPack, mergePack(defaultPack, { priority: 'ii_first' }, 1)];

describe('per-side indicator properties', () => {
  test('splitting a per-side finding into an L and an R finding keeps it valid (REFERENCE §2)', () => {
    fc.assert(
      fc.property(charted, ({ split }) => {
        const result = validateFindings(split, defaultPack);
        assert.deepEqual(result.ok ? [] : result.error.details, []);
      }),
    );
  });

  test('never changes the category, side, level or plan by splitting a per-side finding (REFERENCE §3)', () => {
    fc.assert(
      fc.property(charted, fc.constantFrom(...packs), ({ joint, split }, pack) => {
        const jointAnalysis = analyze(joint, pack);
        const splitAnalysis = analyze(split, pack);
        // `counted` lists findings as charted, so one finding becomes two entries; the rest is equal.
        const { counted: _joint, ...a } = jointAnalysis;
        const { counted: _split, ...b } = splitAnalysis;
        assert.deepEqual(b, a);
        assert.deepEqual(blockingPlan(splitAnalysis, split, pack), blockingPlan(jointAnalysis, joint, pack));
      }),
      { numRuns: 300 },
    );
  });
});
