import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingKey, type Finding } from '@sotchart/engine';
import { editLeg, legValues } from './leg-values';

const indicator = 'slr';
const slr = (
  side: Finding['side'],
  degrees: number,
  symptomReproduced: boolean,
  extra: Partial<Finding> = {},
) => ({ indicator, phase: 'pre', side, degrees, symptomReproduced, ...extra }) satisfies Finding;
const other: Finding = { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true };

describe(legValues.name, () => {
  test('nothing examined', () => assert.deepEqual(legValues([]), {}));
  test('per-leg findings, each leg its own value', () => {
    assert.deepEqual(legValues([slr('L', 40, true), slr('R', 70, false)]), {
      L: { side: 'L', degrees: 40, symptomReproduced: true },
      R: { side: 'R', degrees: 70, symptomReproduced: false },
    });
  });
  test('a legacy bilateral finding reads as the same value on each leg', () => {
    assert.deepEqual(legValues([slr('bilateral', 50, true)]), {
      L: { side: 'L', degrees: 50, symptomReproduced: true },
      R: { side: 'R', degrees: 50, symptomReproduced: true },
    });
  });
  test('a legacy none finding reads as no symptom on either leg', () => {
    assert.deepEqual(legValues([slr('none', 80, false)]), {
      L: { side: 'L', degrees: 80, symptomReproduced: false },
      R: { side: 'R', degrees: 80, symptomReproduced: false },
    });
  });
  test('a per-leg finding wins over a legacy one for its leg', () => {
    assert.deepEqual(legValues([slr('bilateral', 50, true), slr('R', 70, false)]).R, {
      side: 'R',
      degrees: 70,
      symptomReproduced: false,
    });
  });
});

describe(editLeg.name, () => {
  const l40 = { degrees: 40, symptomReproduced: true };
  test('left and right are two findings with distinct keys', () => {
    const once = editLeg([other], indicator, 'pre', 'L', l40);
    const both = editLeg(once, indicator, 'pre', 'R', { degrees: 70, symptomReproduced: false });
    assert.deepEqual(both, [other, slr('L', 40, true), slr('R', 70, false)]);
    assert.equal(new Set(both.map(findingKey)).size, 3);
  });
  test('the row value cannot move a finding to the other leg', () => {
    assert.deepEqual(editLeg([], indicator, 'pre', 'R', { ...l40, side: 'L' }), [slr('R', 40, true)]);
  });
  test('editing one leg replaces only that leg, in place', () => {
    const findings = [slr('L', 40, true), other, slr('R', 70, false)];
    assert.deepEqual(editLeg(findings, indicator, 'pre', 'L', { degrees: 60, symptomReproduced: false }), [
      slr('L', 60, false),
      other,
      slr('R', 70, false),
    ]);
  });
  test('clearing one leg keeps the other', () => {
    assert.deepEqual(editLeg([slr('L', 40, true), slr('R', 70, false)], indicator, 'pre', 'L', null), [
      slr('R', 70, false),
    ]);
  });
  test('editing a legacy finding rewrites it per leg, the other leg unchanged', () => {
    assert.deepEqual(
      editLeg([slr('bilateral', 50, true, { note: 'n' }), other], indicator, 'pre', 'R', {
        degrees: 80,
        symptomReproduced: false,
      }),
      [slr('L', 50, true), slr('R', 80, false), other],
    );
  });
  test('clearing a leg of a legacy none finding keeps the other leg negative', () => {
    assert.deepEqual(editLeg([slr('none', 80, false)], indicator, 'pre', 'L', null), [slr('R', 80, false)]);
  });
  test('another phase is left alone', () => {
    const post = { ...slr('L', 40, true), phase: 'post' } satisfies Finding;
    assert.deepEqual(editLeg([post], indicator, 'pre', 'L', null), [post]);
  });
});
