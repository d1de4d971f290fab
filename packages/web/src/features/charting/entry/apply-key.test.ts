import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyKey } from './apply-key';
import { completeFinding } from './complete-finding';

// SLR per leg (REFERENCE §2, revised): degrees are needed only when the symptom is reproduced.

test('− on an SLR leg completes the row without degrees and moves on', () => {
  const result = applyKey('side_degrees_symptom', { side: 'L' }, '-', false);
  assert.deepEqual(result, {
    value: { side: 'L', symptomReproduced: false },
    digitRun: false,
    advance: true,
  });
  assert.deepEqual(completeFinding('slr', 'pre', 'side_degrees_symptom', result?.value ?? {}), {
    indicator: 'slr',
    phase: 'pre',
    side: 'L',
    symptomReproduced: false,
  });
});

test('+ waits for the degrees: a reproduced symptom without its angle is not yet a finding', () => {
  const result = applyKey('side_degrees_symptom', { side: 'R' }, '+', false);
  assert.equal(result?.advance, false);
  assert.equal(completeFinding('slr', 'pre', 'side_degrees_symptom', result?.value ?? {}), null);
  const typed = applyKey('side_degrees_symptom', { side: 'R', degrees: 4 }, '+', false);
  assert.equal(typed?.advance, true);
});

test('0 before any degrees is negative on both legs; after a digit it is part of the angle', () => {
  assert.deepEqual(applyKey('side_degrees_symptom', { side: 'L' }, '0', false), {
    value: { side: 'none', symptomReproduced: false },
    digitRun: false,
    advance: true,
  });
  assert.deepEqual(applyKey('side_degrees_symptom', { side: 'L', degrees: 4 }, '0', true)?.value, {
    side: 'L',
    degrees: 40,
  });
});
