import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingObservationId } from './finding-observations';

describe('findingObservationId', () => {
  const cell = { indicator: 'occipital_fibers', phase: 'pre', site: { line: 2, area: 5 } } as const;

  test('gives each side of a graded occipital cell its own Observation', () => {
    const left = findingObservationId('v1', { ...cell, side: 'L', grade: 2 });
    const right = findingObservationId('v1', { ...cell, side: 'R', grade: 1 });
    assert.notEqual(left, right);
    assert.equal(left, findingObservationId('v1', { ...cell, side: 'L', grade: 3 }));
  });

  test('keeps one Observation per site for a pos/neg indicator, whose side is its value', () => {
    const fossa = { indicator: 'arm_fossa', phase: 'pre', site: { fossa: 'upper' } } as const;
    assert.equal(
      findingObservationId('v1', { ...fossa, side: 'L', positive: true }),
      findingObservationId('v1', { ...fossa, side: 'R', positive: true }),
    );
    assert.notEqual(
      findingObservationId('v1', { ...fossa, side: 'L', positive: true }),
      findingObservationId('v1', { ...fossa, site: { fossa: 'lower' }, side: 'L', positive: true }),
    );
  });
});
