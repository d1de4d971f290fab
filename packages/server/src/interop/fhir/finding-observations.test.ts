import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fhirSchemaErrors } from './fhir-schema-validator';
import { findingObservation, findingObservationId, type ObservedVisit } from './finding-observations';

const visit: ObservedVisit = {
  id: 'v1',
  status: 'signed',
  patientId: 'p1',
  visitAt: '2026-03-02T10:00:00.000Z',
  practitionerId: 'u1',
};
const names = new Map([['occipital_fibers', 'Occipital fibres']]);

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

describe('findingObservation', () => {
  const cell = { indicator: 'occipital_fibers', phase: 'pre', site: { line: 2, area: 5 } } as const;

  test('gives an L/R pair of one occipital cell two valid Observations, lateral in bodySite', () => {
    const left = findingObservation(visit, { ...cell, side: 'L', grade: 2 }, names);
    const right = findingObservation(visit, { ...cell, side: 'R', grade: 1 }, names);
    assert.notEqual(left.id, right.id);
    assert.deepEqual(left.bodySite, {
      coding: [{ system: 'http://snomed.info/sct', code: '7771000', display: 'Left' }],
      text: 'occipital line 2, area 5, left',
    });
    assert.deepEqual(right.bodySite, {
      coding: [{ system: 'http://snomed.info/sct', code: '24028007', display: 'Right' }],
      text: 'occipital line 2, area 5, right',
    });
    assert.equal(left.valueInteger, 2);
    assert.equal(right.valueInteger, 1);
    for (const o of [left, right]) assert.deepEqual(fhirSchemaErrors(o), [], o.id);
  });

  test('codes a bilateral per-side finding as SNOMED CT right and left, in one coding', () => {
    const both = findingObservation(
      visit,
      { indicator: 'slr', phase: 'pre', side: 'bilateral', degrees: 40, symptomReproduced: true },
      names,
    );
    assert.deepEqual(both.bodySite, {
      coding: [{ system: 'http://snomed.info/sct', code: '51440002', display: 'Right and left' }],
      text: 'both sides',
    });
  });

  test('names the fossa of a pos/neg finding without a laterality, its side being its result', () => {
    const fossa = findingObservation(
      visit,
      { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'lower' }, positive: true },
      names,
    );
    assert.deepEqual(fossa.bodySite, { text: 'lower fossa' });
  });

  test('keeps the segment code of a finding read at a segment', () => {
    const segment = findingObservation(
      visit,
      { indicator: 'cmrt', phase: 'pre', site: { level: 'T5' }, positive: true },
      names,
    );
    assert.equal(segment.bodySite?.text, 'T5');
    assert.equal(segment.bodySite?.coding?.[0]?.code, 'T5');
  });
});
