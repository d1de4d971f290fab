import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leg } from '../testing/finding-builders';
import { heelLiftSuggestion } from './heel-lift-suggestion';

describe(heelLiftSuggestion.name, () => {
  test('suggests half the measured anatomical difference (REFERENCE §6)', () => {
    const s = heelLiftSuggestion([
      { indicator: 'anatomical_leg_difference', phase: 'pre', side: 'R', mm: 8 },
    ]);
    assert.equal(s?.side, 'R');
    assert.equal(s?.differenceMm, 8);
    assert.equal(s?.startMm, 4);
    assert.equal(s?.certainty, 'sourced');
    assert.deepEqual(s?.sources, ['blum-short-legs']);
    assert.match(s?.message ?? '', /symptomatic, or after a leg fracture/);
    assert.match(s?.message ?? '', /raised only if SOT indicators improve/);
  });

  test('rounds half of an odd difference to 0.1 mm (REFERENCE §6)', () => {
    const s = heelLiftSuggestion([
      { indicator: 'anatomical_leg_difference', phase: 'pre', side: 'L', mm: 7 },
    ]);
    assert.equal(s?.startMm, 3.5);
  });

  test('never suggests a lift from a functional leg check (REFERENCE §6)', () => {
    assert.equal(heelLiftSuggestion([leg('R', 10)]), null);
  });

  test('suggests nothing for even legs or no measurement (REFERENCE §6)', () => {
    assert.equal(
      heelLiftSuggestion([{ indicator: 'anatomical_leg_difference', phase: 'pre', side: 'none' }]),
      null,
    );
    assert.equal(heelLiftSuggestion([]), null);
  });
});
