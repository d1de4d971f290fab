import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isNationalIdentifier, maskedValue } from './national-identifier';
import { datePrecisely, partialDate } from './partial-date';
import { referenceKey } from './patient-links';
import { withoutReferences } from './without-references';

describe(partialDate.name, () => {
  // FHIR R4 `date`: YYYY, YYYY-MM or YYYY-MM-DD (https://hl7.org/fhir/R4/datatypes.html#date).
  const cases = [
    ['1974', { date: '1974-01-01', precision: 'year' }],
    ['1974-06', { date: '1974-06-01', precision: 'month' }],
    ['1974-06-13', { date: '1974-06-13', precision: 'day' }],
    ['74-06', undefined],
    ['1974-06-13T10:00:00Z', undefined],
  ] as const;
  for (const [input, expected] of cases)
    test(`reads ${input}`, () => assert.deepEqual(partialDate(input), expected));
  test('cuts a stored date back to its precision', () => {
    assert.deepEqual(
      [
        datePrecisely('1974-01-01', 'year'),
        datePrecisely('1974-06-01', 'month'),
        datePrecisely('1974-06-13', 'day'),
      ],
      ['1974', '1974-06', '1974-06-13'],
    );
  });
});

describe(isNationalIdentifier.name, () => {
  // Systems and v2-0203 types named in docs/interop.md, "Identifiers".
  const cases = [
    ['http://hl7.org/fhir/sid/us-ssn', null, true],
    ['http://fhir.nl/fhir/NamingSystem/bsn', null, true],
    ['urn:oid:2.16.840.1.113883.2.4.6.3', 'BSN', true],
    ['urn:oid:2.16.840.1.113883.4.3.25', 'DL', true],
    ['urn:example', 'NNGBR', true],
    ['urn:example', 'ss', true],
    ['http://hospital.smarthealthit.org', 'MR', false],
    ['https://github.com/synthetichealth/synthea', null, false],
  ] as const;
  for (const [system, type, national] of cases)
    test(`${system} ${type ?? '(untyped)'} is ${national ? '' : 'not '}national`, () =>
      assert.equal(isNationalIdentifier(system, type), national));
  test('masks all but the last 4 characters', () => {
    assert.deepEqual([maskedValue('999-63-4171'), maskedValue('123')], ['•••••••4171', '•123']);
  });
});

describe(referenceKey.name, () => {
  const cases = [
    ['urn:uuid:8f789d0b-3145-4cf2-8504-13159edaa747', 'urn:uuid:8f789d0b-3145-4cf2-8504-13159edaa747'],
    ['Patient/nd-1', 'Patient/nd-1'],
    ['https://example.org/fhir/Patient/nd-1', 'Patient/nd-1'],
    ['https://example.org/fhir/Patient/nd-1/_history/3', 'Patient/nd-1'],
  ] as const;
  for (const [reference, key] of cases)
    test(`keys ${reference}`, () => assert.equal(referenceKey(reference), key));
});

describe(withoutReferences.name, () => {
  test('drops references and what held only them, keeping displays', () => {
    assert.deepEqual(
      withoutReferences({
        status: 'final',
        encounter: { reference: 'urn:uuid:1' },
        performer: [{ reference: 'Practitioner/2' }],
        requester: { reference: 'Practitioner/3', display: 'Dr. Krajcik' },
      }),
      { status: 'final', requester: { display: 'Dr. Krajcik' } },
    );
  });
});
