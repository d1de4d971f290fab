import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fhirInvariantFailures } from './fhir-invariants';

const subject = { reference: 'urn:uuid:0190a6a4-0000-7000-8000-000000000001' };

// Each row breaks one invariant of the R4 core definitions (https://hl7.org/fhir/R4/), at the level
// named: resource, backbone element, datatype, or any element (ele-1).
const cases: readonly { invariant: string; level: string; resource: Record<string, unknown> }[] = [
  {
    invariant: 'gol-1',
    level: 'backbone element Goal.target',
    resource: {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'Pain down' },
      subject,
      target: [{ detailString: 'NPRS 2/10', dueDate: '2026-03-30' }],
    },
  },
  {
    invariant: 'ait-1',
    level: 'resource AllergyIntolerance',
    resource: { resourceType: 'AllergyIntolerance', code: { text: 'Penicillin' }, patient: subject },
  },
  {
    invariant: 'ppc-1',
    level: 'resource Consent',
    resource: {
      resourceType: 'Consent',
      status: 'active',
      scope: { text: 'treatment' },
      category: [{ text: 'consent' }],
      patient: subject,
    },
  },
  {
    invariant: 'per-1',
    level: 'datatype Period',
    resource: {
      resourceType: 'Encounter',
      status: 'finished',
      class: { code: 'AMB' },
      period: { start: '2026-02-03', end: '2026-02-01' },
    },
  },
  {
    invariant: 'qty-3',
    level: 'datatype Quantity',
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'x' },
      valueQuantity: { code: 'mm' },
    },
  },
  {
    invariant: 'ext-1',
    level: 'Extension',
    resource: { resourceType: 'Patient', extension: [{ url: 'https://example.org/x' }] },
  },
  {
    invariant: 'ele-1',
    level: 'any element',
    resource: { resourceType: 'Observation', status: 'final', code: { coding: [] } },
  },
];

describe(fhirInvariantFailures.name, () => {
  for (const c of cases)
    test(`finds ${c.invariant} broken (${c.level})`, () => {
      assert.deepEqual(
        fhirInvariantFailures(c.resource).map((f) => f.key),
        [c.invariant],
      );
    });

  test('finds nothing in a resource that keeps them all', () => {
    const goal = {
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'Pain down' },
      subject,
      target: [{ measure: { text: 'Pain' }, detailString: 'NPRS 2/10' }],
    };
    assert.deepEqual(fhirInvariantFailures(goal), []);
  });

  test('refuses an unknown resource type', () => {
    assert.deepEqual(
      fhirInvariantFailures({ resourceType: 'Chart' }).map((f) => f.key),
      ['resourceType'],
    );
  });
});
