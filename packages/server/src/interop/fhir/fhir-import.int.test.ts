import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import type { FhirImportResult, ImportedRecord } from '@sotchart/contract';
import { languages, sourceLanguage } from '@sotchart/i18n';
import { buildApp } from '../../app';
import { translateKnown } from '../../i18n/translator';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const fhirPatient = (value: string, overrides: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  identifier: [{ system: 'urn:oid:2.16.840.1.113883.19.5', value, type: { coding: [{ code: 'MR' }] } }],
  name: [{ use: 'official', family: 'Curie', given: ['Marie', 'Salomea'] }],
  gender: 'female',
  birthDate: '1967-11-07',
  telecom: [
    { system: 'phone', value: '+33 1 555 0199' },
    { system: 'email', value: 'marie@example.org' },
  ],
  address: [{ line: ['11 Rue Pierre et Marie Curie'], city: 'Paris', postalCode: '75005', country: 'FR' }],
  ...overrides,
});

/** A value nested `depth` objects deep, as a hostile input might send. */
function deeplyNested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { url: 'urn:example', extension: [value] };
  return value;
}

const collection = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({ resource })),
});

/** Every reason an import answers is a message of the `fhirImport` catalogue, so the app shows it translated. */
function assertTranslated(result: FhirImportResult): void {
  for (const { reason } of result.entries)
    for (const language of languages.filter((l) => l !== sourceLanguage))
      if (reason !== undefined)
        assert.notEqual(translateKnown(language, 'fhirImport', reason), reason, `${language}: ${reason}`);
}

for (const dialect of dialects) {
  describe(`FHIR import on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let headers: Record<string, string>;

    /** Posts a body as sent by a FHIR client (raw text and its media type). */
    const post = async <T = FhirImportResult>(payload: string, contentType: string, query = '') => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/fhir/import${query}`,
        headers: { ...headers, 'content-type': contentType },
        payload,
      });
      const body = JSON.parse(res.body) as T;
      if (res.statusCode === 200) assertTranslated(body as FhirImportResult);
      return { status: res.statusCode, body };
    };
    const importJson = (body: unknown, query = '') =>
      post(JSON.stringify(body), 'application/fhir+json', query);
    const outcomes = (r: FhirImportResult) => r.entries.map((e) => [e.entry, e.resourceType, e.outcome]);

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      headers = owner.headers;
      api = apiClient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('imports one Patient with its chart number, given names, contact details and address', async () => {
      const res = await importJson(fhirPatient('MRN-1'));
      assert.equal(res.status, 200);
      assert.deepEqual(outcomes(res.body), [[0, 'Patient', 'created']]);
      assert.equal(res.body.entries[0]?.chartNumber, 'MRN-1');
      const id = res.body.entries[0]?.patientId ?? '';
      const patient = await api<Record<string, unknown>>('GET', `/api/patients/${id}`);
      assert.equal(patient.body.givenName, 'Marie Salomea');
      assert.equal(patient.body.familyName, 'Curie');
      assert.equal(patient.body.dateOfBirth, '1967-11-07');
      assert.equal(patient.body.address, '11 Rue Pierre et Marie Curie, Paris 75005, FR');
      const kept = await api<ImportedRecord>('GET', `/api/patients/${id}/imported-record`);
      assert.deepEqual(kept.body.givenNames, ['Marie', 'Salomea']);
      assert.equal(kept.body.birthDatePrecision, 'day');
    });

    test('skips a patient already imported, across imports and within one Bundle', async () => {
      const again = await importJson(fhirPatient('MRN-1'));
      assert.deepEqual(outcomes(again.body), [[0, 'Patient', 'skipped']]);
      assert.match(again.body.entries[0]?.reason ?? '', /imported before/);
      const bundle = await importJson(
        collection(fhirPatient('MRN-2'), fhirPatient('MRN-2', { name: [{ family: 'Other', given: ['A'] }] })),
      );
      assert.deepEqual(outcomes(bundle.body), [
        [0, 'Patient', 'created'],
        [1, 'Patient', 'skipped'],
      ]);
      assert.match(bundle.body.entries[1]?.reason ?? '', /entry 0/);
      // The duplicate leads to the patient its first entry created, so its history is kept.
      assert.equal(bundle.body.entries[1]?.patientId, bundle.body.entries[0]?.patientId);
    });

    test('skips a history entry twice in one Bundle, and one imported before unchanged', async () => {
      const neckPain = {
        resourceType: 'Condition',
        id: 'dup-c1',
        code: { text: 'Neck pain' },
        subject: { reference: 'Patient/p-40' },
      };
      const body = collection(fhirPatient('MRN-40', { id: 'p-40' }), neckPain, neckPain);
      const first = await importJson(body);
      assert.deepEqual(outcomes(first.body), [
        [0, 'Patient', 'created'],
        [1, 'Condition', 'created'],
        [2, 'Condition', 'skipped'],
      ]);
      assert.match(first.body.entries[2]?.reason ?? '', /earlier entry/);
      const again = await importJson(body);
      assert.deepEqual(
        again.body.entries.map((e) => e.outcome),
        ['skipped', 'skipped', 'skipped'],
      );
      assert.match(again.body.entries[1]?.reason ?? '', /unchanged/);
    });

    test('gives each entry its own result, refusals naming the field', async () => {
      const res = await importJson(
        collection(
          fhirPatient('MRN-10'),
          { resourceType: 'Basic', code: { text: 'x' } },
          fhirPatient('MRN-12', { birthDate: undefined }),
          fhirPatient('MRN-13', { name: [{ given: ['Solo'] }] }),
          fhirPatient('MRN-14', { birthDate: '1967-02-30' }),
          null,
          fhirPatient('MRN-15', { gender: 'nonsense', telecom: [] }),
          fhirPatient('MRN-16', { name: [{ family: 'Nul\u0000', given: ['A'] }] }),
          fhirPatient('x'.repeat(501)),
          fhirPatient('MRN-17', { extension: deeplyNested(1000) }),
        ),
      );
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.entries.map((e) => [e.entry, e.outcome, e.path]),
        [
          [0, 'created', undefined],
          [1, 'skipped', 'resource.resourceType'],
          [2, 'refused', 'resource.birthDate'],
          [3, 'refused', 'resource.name'],
          [4, 'refused', 'resource.birthDate'],
          [5, 'refused', 'resource'],
          [6, 'created', undefined],
          [7, 'refused', 'resource.name.0.family'],
          [8, 'refused', 'resource.identifier'],
          [9, 'refused', 'resource'],
        ],
      );
      assert.deepEqual(res.body.counts, { created: 2, updated: 0, skipped: 1, refused: 7 });
    });

    test('refuses a body that is not JSON, not FHIR, a Bundle of another type, or of another media type', async () => {
      for (const [payload, type, path] of [
        ['{"resourceType": "Bundle", "type": "collection", "entry": [', 'application/fhir+json', 'body'],
        ['{"hello": 1}', 'application/json', 'body.resourceType'],
        ['{"resourceType": "Bundle", "type": "document", "entry": []}', 'application/fhir+json', 'body.type'],
      ] as const) {
        const res = await post<{ error: { code: string; details: { path: string }[] } }>(payload, type);
        assert.equal(res.status, 400, payload);
        assert.equal(res.body.error.details[0]?.path, path);
      }
      const wrongType = await post<{ error: { code: string } }>('x', 'text/plain');
      assert.equal(wrongType.status, 415);
      assert.equal(wrongType.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
    });

    test("imports HL7's f201 (one identifier listed twice) and keeps the valid neighbour", async () => {
      const res = await importJson(
        collection(JSON.parse(fixture('hl7-patient-f201-roel.json')), fhirPatient('MRN-20')),
      );
      assert.equal(res.status, 200);
      assert.deepEqual(outcomes(res.body), [
        [0, 'Patient', 'created'],
        [1, 'Patient', 'created'],
      ]);
      // The BSN is a national identifier: never the chart number, never in a result.
      assert.doesNotMatch(JSON.stringify(res.body), /123456789/);
      const id = res.body.entries[0]?.patientId ?? '';
      const kept = await api<ImportedRecord>('GET', `/api/patients/${id}/imported-record`);
      assert.deepEqual(kept.body.identifiers, [
        { system: 'urn:oid:2.16.840.1.113883.2.4.6.3', value: '•••••6789', type: 'BSN', national: true },
      ]);
    });

    test('imports a Synthea-shaped transaction: UUID record number, national ids masked, history linked', async () => {
      const res = await post(fixture('synthea-shaped-transaction.json'), 'application/fhir+json');
      assert.equal(res.status, 200);
      assert.deepEqual(outcomes(res.body), [
        [0, 'Encounter', 'created'],
        [1, 'Patient', 'created'],
        [2, 'Condition', 'created'],
        [3, 'Observation', 'created'],
        [4, 'Observation', 'created'],
        [5, 'Observation', 'skipped'],
        [6, 'MedicationRequest', 'created'],
        [7, 'Procedure', 'created'],
        [8, 'AllergyIntolerance', 'created'],
        [9, 'Claim', 'skipped'],
      ]);
      const patient = res.body.entries[1];
      // The 36-character MR does not fit a chart number (32 at most): the clinic's sequence numbers it.
      assert.match(patient?.chartNumber ?? '', /^\d+$/);
      assert.doesNotMatch(JSON.stringify(res.body), /999-63-4171|S99996852/);
      const kept = await api<ImportedRecord>('GET', `/api/patients/${patient?.patientId}/imported-record`);
      assert.deepEqual(kept.body.identifiers.map((i) => [i.type, i.national, i.value]).sort(), [
        [null, false, '8f789d0b-3145-4cf2-8504-13159edaa747'],
        ['DL', true, '•••••6852'],
        ['MR', false, '8f789d0b-3145-4cf2-8504-13159edaa747'],
        ['SS', true, '•••••••4171'],
      ]);
      // Oldest first; entries of one date in the order they were imported.
      assert.deepEqual(
        kept.body.history.map((h) => [h.resourceType, h.code, h.status, h.startDate, h.value]),
        [
          ['AllergyIntolerance', '91935009', 'active', '2008-01-14T05:50:56-05:00', null],
          ['Encounter', '410620009', 'finished', '2012-03-08T05:50:56-05:00', null],
          ['Condition', '444814009', 'resolved', '2012-03-08T05:50:56-05:00', null],
          [
            'Observation',
            '85354-9',
            'final',
            '2012-03-08T05:50:56-05:00',
            'Diastolic Blood Pressure 76 mm[Hg], Systolic Blood Pressure 118 mm[Hg]',
          ],
          ['Observation', '72514-3', 'final', '2012-03-08T05:50:56-05:00', '3 {score}'],
          ['MedicationRequest', '313782', 'stopped', '2012-03-08T05:50:56-05:00', null],
          ['Procedure', '430193006', 'completed', '2012-03-08T05:50:56-05:00', null],
        ],
      );
      const again = await post(fixture('synthea-shaped-transaction.json'), 'application/fhir+json');
      assert.deepEqual(again.body.counts, { created: 0, updated: 0, skipped: 10, refused: 0 });
    });

    test('imports NDJSON: MALE, partial birth dates, deceased, inactive, SSN-only, references by id', async () => {
      const res = await post(fixture('traits.ndjson'), 'application/fhir+ndjson');
      assert.equal(res.status, 200);
      assert.deepEqual(outcomes(res.body), [
        [0, 'Patient', 'created'],
        [1, 'Patient', 'created'],
        [2, 'Patient', 'created'],
        [3, 'Condition', 'created'],
        [4, 'MedicationStatement', 'created'],
      ]);
      const [male, partial, ssnOnly] = res.body.entries;
      assert.equal(male?.chartNumber, 'ND-0001');
      const one = await api<Record<string, unknown>>('GET', `/api/patients/${male?.patientId}`);
      assert.deepEqual([one.body.sex, one.body.dateOfBirth], ['male', '1974-01-01']);
      const oneKept = await api<ImportedRecord>('GET', `/api/patients/${male?.patientId}/imported-record`);
      assert.equal(oneKept.body.birthDatePrecision, 'year');
      const two = await api<ImportedRecord>('GET', `/api/patients/${partial?.patientId}/imported-record`);
      assert.deepEqual(
        [two.body.birthDatePrecision, two.body.deceased, two.body.deceasedAt, two.body.givenNames],
        ['month', true, '2021-02-03', ['Astrid', 'Maja']],
      );
      // An SSN is never the chart number: the clinic's sequence gives one.
      assert.match(ssnOnly?.chartNumber ?? '', /^\d+$/);
      const three = await api<Record<string, unknown>>('GET', `/api/patients/${ssnOnly?.patientId}`);
      assert.equal(three.body.archived, true);
      const deep = `{"resourceType": "Patient", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      const bad = await post(`{"resourceType": "Patient"\nnot json\n${deep}\n`, 'application/fhir+ndjson');
      assert.deepEqual(
        bad.body.entries.map((e) => [e.entry, e.outcome, e.path]),
        [
          [0, 'refused', 'line'],
          [1, 'refused', 'line'],
          [2, 'refused', 'resource'],
        ],
      );
    });

    test('imports Synthea Bulk Data files one type at a time, the history finding its patient', async () => {
      const patients = await post(fixture('synthea-Patient.ndjson'), 'application/fhir+ndjson');
      assert.deepEqual(outcomes(patients.body), [[0, 'Patient', 'created']]);
      const patientId = patients.body.entries[0]?.patientId ?? '';
      const conditions = await post(fixture('synthea-Condition.ndjson'), 'application/fhir+ndjson');
      assert.deepEqual(
        conditions.body.entries.map((e) => [e.outcome, e.patientId]),
        [
          ['created', patientId],
          ['created', patientId],
          ['created', patientId],
        ],
      );
      const kept = await api<ImportedRecord>('GET', `/api/patients/${patientId}/imported-record`);
      assert.deepEqual(
        [kept.body.deceased, kept.body.deceasedAt, kept.body.givenNames],
        [true, '1985-04-11T22:00:26+02:00', ['Samantha681', 'Rita460']],
      );
      assert.deepEqual(
        kept.body.history.map((h) => [h.code, h.status, h.startDate, h.endDate]),
        [
          ['312608009', 'resolved', '1975-04-26T19:15:51+01:00', '1975-05-22T19:52:25+01:00'],
          ['284551006', 'resolved', '1975-04-26T19:15:51+01:00', '1975-05-22T19:52:25+01:00'],
          ['314529007', 'resolved', '1975-06-06T19:15:51+01:00', '1975-09-05T19:15:51+01:00'],
        ],
      );
    });

    test('a dry run answers what would happen and writes nothing', async () => {
      const count = async () =>
        (await database.handle.db.selectFrom('patient').select('id').execute()).length;
      const before = await count();
      const body = {
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { fullUrl: 'urn:uuid:0d3c1b8e-5f0a-4e7a-9d7e-3f7f4c8a2b11', resource: fhirPatient('MRN-DRY') },
          {
            resource: {
              resourceType: 'Condition',
              id: 'dry-c1',
              code: { text: 'Neck pain' },
              subject: { reference: 'urn:uuid:0d3c1b8e-5f0a-4e7a-9d7e-3f7f4c8a2b11' },
            },
          },
          { resource: fhirPatient('MRN-1') },
        ],
      };
      const res = await importJson(body, '?dryRun=true');
      assert.equal(res.body.dryRun, true);
      assert.deepEqual(outcomes(res.body), [
        [0, 'Patient', 'created'],
        [1, 'Condition', 'created'],
        [2, 'Patient', 'skipped'],
      ]);
      assert.equal(await count(), before);
    });

    test('accepts a single resource as application/json, and refuses the auditor role', async () => {
      const res = await post(JSON.stringify(fhirPatient('MRN-30')), 'application/json');
      assert.equal(res.status, 200);
      assert.equal(res.body.entries[0]?.outcome, 'created');
      const auditor = await signIn(app, { role: 'auditor' });
      const denied = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...auditor.headers, 'content-type': 'application/fhir+json' },
        payload: JSON.stringify(fhirPatient('MRN-31')),
      });
      assert.equal(denied.statusCode, 403);
    });
  });
}
