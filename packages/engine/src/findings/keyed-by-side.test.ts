import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, Side } from './finding';
import { keyedBySide } from './keyed-by-side';
import { resultShapes, type ResultShape, type ValueField } from './result-shape';
import { findingKey, siteSideKey } from './site-key';

const sample: Required<Pick<Finding, ValueField>> = {
  positive: true,
  grade: 1,
  degrees: 40,
  mm: 5,
  symptomReproduced: true,
};

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** Every value-field combination a shape accepts: its required fields plus any it allows. */
function validValueSets(shape: ResultShape, side: Side | undefined): ValueField[][] {
  const sided = side === 'L' || side === 'R' || side === 'bilateral';
  return subsets([...shape.optional, ...shape.requiredWhenSided])
    .filter((extra) => !sided || shape.requiredWhenSided.every((f) => extra.includes(f)))
    .map((extra) => [...shape.required, ...extra]);
}

describe(keyedBySide.name, () => {
  // The server keys stored findings without a pack, so the fields alone must tell a per-side
  // finding from every other (REFERENCE §2 "the key"; issue 18).
  for (const [id, shape] of Object.entries(resultShapes) as [string, ResultShape][]) {
    test(`agrees with perSide for every finding valid for ${id} (REFERENCE §2)`, () => {
      const sides: (Side | undefined)[] = shape.sided ? [...shape.sides] : [undefined];
      for (const side of sides)
        for (const fields of validValueSets(shape, side)) {
          const finding: Finding = {
            indicator: 'x',
            phase: 'pre',
            ...(side === undefined ? {} : { side }),
            ...Object.fromEntries(fields.map((f) => [f, sample[f]])),
          };
          assert.equal(keyedBySide(finding), shape.perSide, JSON.stringify(finding));
        }
    });
  }
});

const keyRows: { name: string; finding: Finding; key: string }[] = [
  {
    name: 'an occipital cell keeps its side (REFERENCE §2 per-side)',
    finding: { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 2, area: 5 }, grade: 1 },
    key: 'occipital_fibers|pre|line=2;area=5;side=R',
  },
  {
    name: 'an SLR keeps its side (REFERENCE §2 per-side)',
    finding: { indicator: 'slr', phase: 'post', side: 'L', degrees: 40, symptomReproduced: false },
    key: 'slr|post|side=L',
  },
  {
    name: 'a legacy bilateral grid cell is keyed as charted (issue 18)',
    finding: { indicator: 'sciatic_pain_points', phase: 'pre', side: 'bilateral', grade: 2 },
    key: 'sciatic_pain_points|pre|side=bilateral',
  },
  {
    name: 'a sided pos/neg finding leaves its side out (REFERENCE §2 sided pos/neg)',
    finding: { indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true },
    key: 'arm_fossa|pre|fossa=upper',
  },
  {
    name: 'heel tension with a grade leaves its side out (REFERENCE §2 sided pos/neg)',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true, grade: 2 },
    key: 'heel_tension|pre|',
  },
  {
    name: 'a leg check leaves its short-leg side out (REFERENCE §2 leg_check)',
    finding: { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 },
    key: 'leg_check|pre|',
  },
];

describe(findingKey.name, () => {
  for (const row of keyRows)
    test(`keys ${row.name}`, () => {
      assert.equal(findingKey(row.finding), row.key);
    });

  test('stores the site-and-side part as the site key (REFERENCE §2)', () => {
    const cell: Finding = {
      indicator: 'occipital_fibers',
      phase: 'pre',
      side: 'L',
      site: { line: 1, area: 7 },
      grade: 0,
    };
    assert.equal(siteSideKey(cell), 'line=1;area=7;side=L');
  });
});
