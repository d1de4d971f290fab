import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  Condition,
  Encounter,
  Goal,
  Observation,
  Patient,
  Procedure,
  Resource,
} from '@medplum/fhirtypes';
import { usCoreProfilesOf, withUsCoreProfiles } from './us-core-profiles';

const subject = { reference: 'urn:uuid:0190a6a4-0000-7000-8000-000000000001', type: 'Patient' as const };
const loinc = (code: string) => ({ coding: [{ system: 'http://loinc.org', code }] });
const ucum = (value: number, code: string) => ({
  value,
  unit: code,
  system: 'http://unitsofmeasure.org',
  code,
});
const vitalSigns = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
];
const vital = (code: string, valueQuantity: ReturnType<typeof ucum>): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  category: vitalSigns,
  code: loinc(code),
  subject,
  effectiveDateTime: '2026-02-03T15:00:00Z',
  valueQuantity,
});
const patient: Patient = {
  resourceType: 'Patient',
  identifier: [{ system: 'https://sotchart.org/fhir/sid/chart-number', value: 'C-100' }],
  name: [{ family: 'Lovelace', given: ['Ada'] }],
  gender: 'female',
};
const encounter: Encounter = {
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  type: [{ coding: [{ system: 'https://sotchart.org/fhir/CodeSystem/sot', code: 'visit-follow_up' }] }],
  subject,
};
const diagnosis: Condition = {
  resourceType: 'Condition',
  category: [
    {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' },
      ],
    },
  ],
  code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M99.03' }] },
  subject,
};
const procedure: Procedure = {
  resourceType: 'Procedure',
  status: 'completed',
  code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '98941' }] },
  subject,
  performedDateTime: '2026-02-03T15:00:00Z',
};
const goal: Goal = {
  resourceType: 'Goal',
  lifecycleStatus: 'active',
  description: { text: 'Pain down' },
  subject,
};
const bloodPressure: Observation = {
  ...vital('85354-9', ucum(0, 'mm[Hg]')),
  valueQuantity: undefined,
  component: [
    { code: loinc('8480-6'), valueQuantity: ucum(124, 'mm[Hg]') },
    { code: loinc('8462-4'), valueQuantity: ucum(78, 'mm[Hg]') },
  ],
};

/**
 * Each profile with a resource that carries its required elements (US Core 6.1.0, the profile's
 * differential: elements of min 1 and its invariants) and, for each, one that misses one of them.
 */
const cases: readonly { profile: string; holds: Resource; fails: readonly [string, Resource][] }[] = [
  {
    profile: 'us-core-patient',
    holds: patient,
    fails: [
      ['no identifier', { ...patient, identifier: undefined }],
      ['an identifier without a system', { ...patient, identifier: [{ value: 'C-100' }] }],
      ['a name with neither family nor given (us-core-6)', { ...patient, name: [{ text: 'Ada' }] }],
      ['no gender', { ...patient, gender: undefined }],
    ],
  },
  {
    profile: 'us-core-encounter',
    holds: encounter,
    fails: [
      ['no type', { ...encounter, type: undefined }],
      ['no subject', { ...encounter, subject: undefined }],
    ],
  },
  {
    profile: 'us-core-condition-encounter-diagnosis',
    holds: diagnosis,
    fails: [
      ['a category other than encounter-diagnosis', { ...diagnosis, category: [{ text: 'history' }] }],
      ['no code', { ...diagnosis, code: undefined }],
    ],
  },
  {
    profile: 'us-core-procedure',
    holds: procedure,
    fails: [
      [
        'an SOT code, outside the US Core procedure codes',
        {
          ...procedure,
          code: { coding: [{ system: 'https://sotchart.org/fhir/CodeSystem/sot', code: 'cmrt' }] },
        },
      ],
      ['completed with no performed time (us-core-7)', { ...procedure, performedDateTime: undefined }],
    ],
  },
  {
    profile: 'us-core-goal',
    holds: goal,
    fails: [['no description', { ...goal, description: { coding: [] } }]],
  },
  {
    profile: 'us-core-blood-pressure',
    holds: bloodPressure,
    fails: [
      [
        'no diastolic component',
        { ...bloodPressure, component: [{ code: loinc('8480-6'), valueQuantity: ucum(124, 'mm[Hg]') }] },
      ],
      [
        'a component in another unit',
        {
          ...bloodPressure,
          component: [
            { code: loinc('8480-6'), valueQuantity: ucum(16.5, 'kPa') },
            { code: loinc('8462-4'), valueQuantity: ucum(78, 'mm[Hg]') },
          ],
        },
      ],
    ],
  },
  {
    profile: 'us-core-heart-rate',
    holds: vital('8867-4', ucum(70, '/min')),
    fails: [['no vital-signs category', { ...vital('8867-4', ucum(70, '/min')), category: undefined }]],
  },
  {
    profile: 'us-core-respiratory-rate',
    holds: vital('9279-1', ucum(14, '/min')),
    fails: [['no effective time', { ...vital('9279-1', ucum(14, '/min')), effectiveDateTime: undefined }]],
  },
  {
    profile: 'us-core-body-temperature',
    holds: vital('8310-5', ucum(36.8, 'Cel')),
    fails: [['a unit outside Cel and [degF]', vital('8310-5', ucum(310, 'K'))]],
  },
  {
    profile: 'us-core-body-weight',
    holds: vital('29463-7', ucum(68, 'kg')),
    fails: [['no UCUM system', vital('29463-7', { ...ucum(68, 'kg'), system: 'http://example.org' })]],
  },
  {
    profile: 'us-core-body-height',
    holds: vital('8302-2', ucum(170, 'cm')),
    fails: [['no status', { ...vital('8302-2', ucum(170, 'cm')), status: undefined } as unknown as Resource]],
  },
  {
    profile: 'us-core-bmi',
    holds: vital('39156-5', ucum(23.5, 'kg/m2')),
    fails: [
      [
        'no value and no data-absent reason',
        { ...vital('39156-5', ucum(23.5, 'kg/m2')), valueQuantity: undefined },
      ],
    ],
  },
];

const url = (name: string) => `http://hl7.org/fhir/us/core/StructureDefinition/${name}|6.1.0`;

describe(usCoreProfilesOf.name, () => {
  for (const c of cases) {
    test(`claims ${c.profile} for a resource with its required elements`, () => {
      assert.deepEqual(usCoreProfilesOf(c.holds), [url(c.profile)]);
    });
    for (const [why, resource] of c.fails)
      test(`does not claim ${c.profile} with ${why}`, () => {
        assert.deepEqual(usCoreProfilesOf(resource), []);
      });
  }
});

describe(withUsCoreProfiles.name, () => {
  test('adds meta.profile, keeping the meta it had', () => {
    const tagged = withUsCoreProfiles({ ...goal, meta: { lastUpdated: '2026-02-03T15:00:00Z' } });
    assert.deepEqual(tagged.meta, { lastUpdated: '2026-02-03T15:00:00Z', profile: [url('us-core-goal')] });
  });
  test('leaves a resource that passes no check unchanged, with no meta', () => {
    const plain = { ...patient, gender: undefined };
    assert.equal(withUsCoreProfiles(plain), plain);
    assert.equal('meta' in plain, false);
  });
});
