import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingKey, type Finding } from '@sotchart/engine';
import { editSide, sideValues } from './side-values';

const indicator = 'slr';
const slr = (
  side: Finding['side'],
  degrees: number,
  symptomReproduced: boolean,
  extra: Partial<Finding> = {},
) => ({ indicator, phase: 'pre', side, degrees, symptomReproduced, ...extra }) satisfies Finding;
const other: Finding = { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true };

describe(sideValues.name, () => {
  test('nothing examined', () => assert.deepEqual(sideValues([]), {}));
  test('per-leg findings, each leg its own value', () => {
    assert.deepEqual(sideValues([slr('L', 40, true), slr('R', 70, false)]), {
      L: { side: 'L', degrees: 40, symptomReproduced: true },
      R: { side: 'R', degrees: 70, symptomReproduced: false },
    });
  });
  test('a legacy bilateral finding reads as the same value on each leg', () => {
    assert.deepEqual(sideValues([slr('bilateral', 50, true)]), {
      L: { side: 'L', degrees: 50, symptomReproduced: true },
      R: { side: 'R', degrees: 50, symptomReproduced: true },
    });
  });
  test('a legacy none finding reads as no symptom on either leg', () => {
    assert.deepEqual(sideValues([slr('none', 80, false)]), {
      L: { side: 'L', degrees: 80, symptomReproduced: false },
      R: { side: 'R', degrees: 80, symptomReproduced: false },
    });
  });
  test('a per-leg finding wins over a legacy one for its leg', () => {
    assert.deepEqual(sideValues([slr('bilateral', 50, true), slr('R', 70, false)]).R, {
      side: 'R',
      degrees: 70,
      symptomReproduced: false,
    });
  });
});

describe(editSide.name, () => {
  const l40 = { degrees: 40, symptomReproduced: true };
  test('left and right are two findings with distinct keys', () => {
    const once = editSide([other], indicator, 'pre', 'L', l40);
    const both = editSide(once, indicator, 'pre', 'R', { degrees: 70, symptomReproduced: false });
    assert.deepEqual(both, [other, slr('L', 40, true), slr('R', 70, false)]);
    assert.equal(new Set(both.map(findingKey)).size, 3);
  });
  test('the row value cannot move a finding to the other leg', () => {
    assert.deepEqual(editSide([], indicator, 'pre', 'R', { ...l40, side: 'L' }), [slr('R', 40, true)]);
  });
  test('editing one leg replaces only that leg, in place', () => {
    const findings = [slr('L', 40, true), other, slr('R', 70, false)];
    assert.deepEqual(editSide(findings, indicator, 'pre', 'L', { degrees: 60, symptomReproduced: false }), [
      slr('L', 60, false),
      other,
      slr('R', 70, false),
    ]);
  });
  test('clearing one leg keeps the other', () => {
    assert.deepEqual(editSide([slr('L', 40, true), slr('R', 70, false)], indicator, 'pre', 'L', null), [
      slr('R', 70, false),
    ]);
  });
  test('editing a legacy finding rewrites it per leg, the other leg unchanged', () => {
    assert.deepEqual(
      editSide([slr('bilateral', 50, true, { note: 'n' }), other], indicator, 'pre', 'R', {
        degrees: 80,
        symptomReproduced: false,
      }),
      [slr('L', 50, true), slr('R', 80, false), other],
    );
  });
  test('clearing a leg of a legacy none finding keeps the other leg negative', () => {
    assert.deepEqual(editSide([slr('none', 80, false)], indicator, 'pre', 'L', null), [slr('R', 80, false)]);
  });
  test('another phase is left alone', () => {
    const post = { ...slr('L', 40, true), phase: 'post' } satisfies Finding;
    assert.deepEqual(editSide([post], indicator, 'pre', 'L', null), [post]);
  });
});

describe('a side_grade indicator, one finding per side', () => {
  const sciatic = (side: Finding['side'], grade: 0 | 1 | 2 | 3) =>
    ({ indicator: 'sciatic_pain_points', phase: 'pre', side, grade }) satisfies Finding;
  test('grading one side is its own finding, the other side kept', () => {
    const findings = editSide([sciatic('R', 1)], 'sciatic_pain_points', 'pre', 'L', { grade: 2 });
    assert.deepEqual(findings, [sciatic('R', 1), sciatic('L', 2)]);
    assert.deepEqual(sideValues(findings), { L: { side: 'L', grade: 2 }, R: { side: 'R', grade: 1 } });
  });
  test('a legacy bilateral grade reads on each side and splits when one side is edited', () => {
    assert.deepEqual(editSide([sciatic('bilateral', 2)], 'sciatic_pain_points', 'pre', 'R', { grade: 0 }), [
      sciatic('L', 2),
      sciatic('R', 0),
    ]);
  });
  test('a legacy none finding reads as grade 0 on each side, with no symptom field', () => {
    assert.deepEqual(sideValues([sciatic('none', 0)]), {
      L: { side: 'L', grade: 0 },
      R: { side: 'R', grade: 0 },
    });
  });
});
