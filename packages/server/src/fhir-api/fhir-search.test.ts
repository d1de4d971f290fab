import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Resource } from '@medplum/fhirtypes';
import { parseSearch } from './fhir-search';

const ada = {
  resourceType: 'Patient',
  id: 'p1',
  identifier: [{ system: 'https://sotchart.org/fhir/sid/chart-number', value: 'C-100' }],
  name: [{ family: 'Lovelace', given: ['Ada', 'Augusta'] }],
  birthDate: '1980-12-10',
} as Resource;
const pain = {
  resourceType: 'Observation',
  id: 'o1',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
  effectiveDateTime: '2026-02-03T15:00:00.000Z',
} as Resource;

const matches = (
  type: 'Patient' | 'Observation',
  query: Record<string, string | string[]>,
  resource: Resource,
) => parseSearch(type, query).matchers.every((m) => m(resource));

describe(parseSearch.name, () => {
  // FHIR R4 §3.1.1.5 (search parameter types): token system|code, string starts-with, date prefixes.
  const cases: { query: Record<string, string | string[]>; expected: boolean }[] = [
    { query: { identifier: 'https://sotchart.org/fhir/sid/chart-number|C-100' }, expected: true },
    { query: { identifier: '|C-100' }, expected: false },
    { query: { identifier: 'C-100' }, expected: true },
    { query: { name: 'aug' }, expected: true },
    { query: { name: 'LOVE' }, expected: true },
    { query: { name: 'byron' }, expected: false },
    { query: { name: 'byron,ada' }, expected: true },
    { query: { birthdate: '1980' }, expected: true },
    { query: { birthdate: 'ge1981-01-01' }, expected: false },
    { query: { birthdate: ['ge1980-01-01', 'lt1981'] }, expected: true },
  ];
  for (const { query, expected } of cases) {
    test(`Patient ${JSON.stringify(query)} ${expected ? 'matches' : 'does not match'}`, () => {
      assert.equal(matches('Patient', query, ada), expected);
    });
  }

  test('matches an Observation by code and by date', () => {
    assert.equal(matches('Observation', { code: 'http://loinc.org|72514-3' }, pain), true);
    assert.equal(matches('Observation', { code: 'http://snomed.info/sct|72514-3' }, pain), false);
    assert.equal(matches('Observation', { date: 'eq2026-02-03' }, pain), true);
    assert.equal(matches('Observation', { date: 'gt2026-02-03' }, pain), false);
  });

  test('reads patient, _count and _offset', () => {
    const search = parseSearch('Observation', { patient: 'Patient/p1', _count: '5', _offset: '10' });
    assert.deepEqual(
      { ...search, matchers: search.matchers.length },
      {
        patientId: 'p1',
        matchers: 0,
        count: 5,
        offset: 10,
      },
    );
  });

  test('refuses unknown parameters, modifiers and malformed values, naming each', () => {
    assert.throws(
      () => parseSearch('Patient', { gender: 'female', 'name:exact': 'Ada', birthdate: 'soon', _count: '0' }),
      (error: { details?: { path: string }[] }) => {
        assert.deepEqual(
          error.details?.map((d) => d.path),
          ['query.gender', 'query.name:exact', 'query.birthdate', 'query._count'],
        );
        return true;
      },
    );
  });
});
