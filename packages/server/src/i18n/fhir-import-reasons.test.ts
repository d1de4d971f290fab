import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { languages, sourceLanguage, templatePattern } from '@sotchart/i18n';
import { readCatalog } from '@sotchart/i18n/node';
import type { FhirInputEntry } from '../interop/fhir/import/fhir-input-entries';
import type { Json } from '../interop/fhir/import/fhir-json';
import { historyEntryFromFhir } from '../interop/fhir/import/history-entry-from-fhir';
import { patientFromFhir, type IncomingIdentifier } from '../interop/fhir/patient-from-fhir';
import { resourceOf } from '../services/fhir-import.service';
import { FhirImportRun, writeOnce, type ImportActor } from '../services/fhir-import-run';
import { importHistoryEntry } from '../services/import-history-entry';
import { alreadyImportedReason } from '../services/import-patient-entry';
import type { ServiceDeps } from '../services/service-deps';
import { translateKnown } from './translator';

const patient = (overrides: Json = {}): Json => ({
  resourceType: 'Patient',
  identifier: [{ system: 'urn:example:mrn', value: 'MRN-1', type: { coding: [{ code: 'MR' }] } }],
  name: [{ family: 'Curie', given: ['Marie'] }],
  birthDate: '1967-11-07',
  ...overrides,
});

const condition = (overrides: Json = {}): Json => ({
  resourceType: 'Condition',
  id: 'c1',
  code: { coding: [{ system: 'http://snomed.info/sct', code: '279039007' }] },
  subject: { reference: 'urn:uuid:p1' },
  ...overrides,
});

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { extension: [value] };
  return value;
}

const entryOf = (resource: unknown, more: Partial<FhirInputEntry> = {}): FhirInputEntry => ({
  index: 4,
  fullUrl: null,
  resource,
  ...more,
});

/** Why an entry is refused before it is mapped: the reading and storing checks of the import. */
function readReasons(): string[] {
  return [
    entryOf(null, { unreadable: true }),
    entryOf(null),
    entryOf({ id: 'x' }),
    entryOf(patient({ extension: nested(200) })),
    entryOf(patient({ gender: 'fe\u0000male' })),
    entryOf(condition({ note: [{ text: 'half \ud800 a pair' }] })),
    entryOf(condition({ 'key\u0000': true })),
  ].map((input) => {
    const read = resourceOf(input);
    assert.ok('refused' in read);
    return read.refused.reason ?? '';
  });
}

function patientReasons(): string[] {
  return [
    patient({ name: [{ given: ['Marie'] }] }),
    patient({ name: [{ family: 'Curie' }] }),
    patient({ birthDate: undefined }),
    patient({ birthDate: '7 Nov 1967' }),
    patient({ birthDate: '1967-02-30' }),
    patient({ name: [{ family: 'Curie', given: ['M'.repeat(101)] }] }),
    patient({ telecom: [{ system: 'email', value: 'not an address' }] }),
    patient({ identifier: [{ system: 'urn:example:mrn', value: '9'.repeat(501) }] }),
  ].map((resource) => {
    const mapped = patientFromFhir(resource);
    assert.ok(!mapped.ok);
    return mapped.reason;
  });
}

function historyReasons(): string[] {
  return [
    { resourceType: '' },
    { resourceType: 'Claim', id: 'claim-1' },
    condition({ resourceType: 'Observation', code: { coding: [{ code: '2339-0' }] } }),
    condition({ id: undefined }),
    condition({ id: 'x'.repeat(501) }),
    condition({ code: { coding: [{ system: 'http://snomed.info/sct' }] } }),
  ].map((resource) => {
    const mapped = historyEntryFromFhir(resource, null);
    assert.ok(!mapped.ok);
    return mapped.reason;
  });
}

function duplicateReasons(): string[] {
  const identifier = (system: string, value: string, type: string | null): IncomingIdentifier => ({
    system,
    value,
    type,
    national: type !== 'MR',
  });
  const ssn = identifier('http://hl7.org/fhir/sid/us-ssn', '999-63-4171', 'SS');
  const bsn = identifier('http://fhir.nl/fhir/NamingSystem/bsn', '123456789', null);
  const mrn = identifier('urn:example:mrn', 'MRN-1', 'MR');
  return [
    alreadyImportedReason({ kind: 'chart-number', chartNumber: '1042' }, null),
    alreadyImportedReason({ kind: 'identifier', identifier: ssn }, null),
    alreadyImportedReason({ kind: 'identifier', identifier: bsn }, 2),
    alreadyImportedReason({ kind: 'identifier', identifier: mrn }, null),
    alreadyImportedReason({ kind: 'identifier', identifier: { ...mrn, system: '' } }, 12),
  ];
}

/** Why a history entry's patient does not take it: found without the database, from the run's links. */
async function linkReasons(): Promise<string[]> {
  const run = new FhirImportRun({} as ServiceDeps, {} as ImportActor, false);
  run.links.add(0, 'urn:uuid:own', null, { kind: 'clinic-own', patientId: 'p-own' });
  run.links.add(1, 'urn:uuid:refused', null, { kind: 'not-imported', entry: 1 });
  const reasons: string[] = [];
  for (const resource of [
    condition({ subject: undefined }),
    condition({ resourceType: 'AllergyIntolerance', subject: undefined, patient: {} }),
    condition({ subject: { reference: 'urn:uuid:own' } }),
    condition({ subject: { reference: 'urn:uuid:refused' } }),
    condition({ subject: { reference: 'urn:uuid:nowhere' } }),
  ]) {
    const result = await importHistoryEntry(run, entryOf(resource), resource);
    assert.notEqual(result.reason, undefined, JSON.stringify(result));
    reasons.push(result.reason ?? '');
  }
  return reasons;
}

async function raceReason(): Promise<string> {
  const result = await writeOnce(7, 'Patient', () =>
    Promise.reject(Object.assign(new Error(), { code: '23505' })),
  );
  return result?.reason ?? '';
}

const english = readCatalog(sourceLanguage, 'fhirImport');

/** The English keys a text is the message of: itself, or each template it was built from. */
const keysOf = (text: string): string[] =>
  Object.keys(english).filter((key) => key === text || (templatePattern(key)?.test(text) ?? false));

describe('the FHIR import’s reasons', () => {
  let reasons: string[] = [];
  before(async () => {
    reasons = [
      ...readReasons(),
      ...patientReasons(),
      ...historyReasons(),
      ...duplicateReasons(),
      ...(await linkReasons()),
      await raceReason(),
    ];
  });

  test('the cases reach most of the reasons, each one of the catalogue’s messages and no other', () => {
    assert.ok(new Set(reasons).size >= 30, `${new Set(reasons).size} reasons`);
    for (const reason of reasons) assert.equal(keysOf(reason).length, 1, reason);
    const reached = new Set(reasons.flatMap(keysOf));
    // Reached only with a database: the integration tests import them.
    const unreached = Object.keys(english).filter((key) => !reached.has(key));
    assert.ok(unreached.length <= 3, unreached.join('\n'));
    for (const reason of reasons) assert.equal(translateKnown(sourceLanguage, 'fhirImport', reason), reason);
  });

  test('no reason quotes a national identifier', () => {
    const [, ssn, bsn] = duplicateReasons();
    assert.doesNotMatch(`${ssn} ${bsn}`, /4171|123456789/u);
  });

  for (const language of languages.filter((l) => l !== sourceLanguage))
    test(`every reason is translated into ${language}, its values kept`, () => {
      const untranslated = reasons.filter((r) => translateKnown(language, 'fhirImport', r) === r);
      assert.deepEqual(untranslated, []);
      for (const reason of reasons) {
        const shown = translateKnown(language, 'fhirImport', reason);
        assert.doesNotMatch(shown, /[{}]/u, shown);
        for (const value of reason.match(
          /\b(?:Condition|AllergyIntolerance|Claim|Patient|U\+0000|\d+)\b/gu,
        ) ?? [])
          assert.ok(shown.includes(value), `${shown} lacks ${value}`);
      }
    });
});
