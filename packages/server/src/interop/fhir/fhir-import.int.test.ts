import assert from 'node:assert/strict';
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
import type { FhirImportResult } from '@sotchart/contract';
import { buildApp } from '../../app';

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

for (const dialect of dialects) {
  describe(`FHIR Patient import on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('imports one Patient with its chart number, name, contact details and address', async () => {
      const res = await api<FhirImportResult>('POST', '/api/fhir/import', fhirPatient('MRN-1'));
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.rejected, []);
      assert.equal(res.body.created.length, 1);
      assert.equal(res.body.created[0]?.chartNumber, 'MRN-1');
      const patient = await api<Record<string, unknown>>(
        'GET',
        `/api/patients/${res.body.created[0]?.patientId}`,
      );
      assert.equal(patient.body.givenName, 'Marie Salomea');
      assert.equal(patient.body.familyName, 'Curie');
      assert.equal(patient.body.dateOfBirth, '1967-11-07');
      assert.equal(patient.body.phone, '+33 1 555 0199');
      assert.equal(patient.body.email, 'marie@example.org');
      assert.equal(patient.body.address, '11 Rue Pierre et Marie Curie, Paris 75005, FR');
    });

    test('never imports the same identifier twice, across imports or within one Bundle', async () => {
      const again = await api<FhirImportResult>('POST', '/api/fhir/import', fhirPatient('MRN-1'));
      assert.equal(again.status, 200);
      assert.equal(again.body.created.length, 0);
      assert.match(again.body.rejected[0]?.reason ?? '', /already imported/);
      const bundle = await api<FhirImportResult>('POST', '/api/fhir/import', {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: fhirPatient('MRN-2') },
          { resource: fhirPatient('MRN-2', { name: [{ family: 'Other', given: ['A'] }] }) },
        ],
      });
      assert.deepEqual(
        bundle.body.created.map((c) => c.entry),
        [0],
      );
      assert.equal(bundle.body.rejected[0]?.entry, 1);
      assert.match(bundle.body.rejected[0]?.reason ?? '', /earlier entry/);
      const count = await database.handle.db.selectFrom('patient').select('id').execute();
      assert.equal(count.length, 2);
    });

    test('imports a Bundle and rejects each bad entry with its reason', async () => {
      const res = await api<FhirImportResult>('POST', '/api/fhir/import', {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: fhirPatient('MRN-10') },
          { resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' } } },
          { resource: fhirPatient('MRN-11', { identifier: [] }) },
          { resource: fhirPatient('MRN-12', { birthDate: undefined }) },
          { resource: fhirPatient('MRN-13', { name: [{ given: ['Solo'] }] }) },
          { resource: fhirPatient('MRN-14', { birthDate: '1967-02-30' }) },
          {},
          { resource: fhirPatient('MRN-15', { gender: 'nonsense', telecom: [] }) },
        ],
      });
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.created.map((c) => [c.entry, c.chartNumber]),
        [
          [0, 'MRN-10'],
          [7, 'MRN-15'],
        ],
      );
      assert.deepEqual(
        res.body.rejected.map((r) => [r.entry, r.path]),
        [
          [1, 'resource.resourceType'],
          [2, 'resource.identifier'],
          [3, 'resource.birthDate'],
          [4, 'resource.name'],
          [5, 'resource.birthDate'],
          [6, 'resource'],
        ],
      );
      for (const r of res.body.rejected) assert.ok(r.reason.length > 10, r.reason);
    });

    test('refuses a chart number already used, and a body that is neither Patient nor Bundle', async () => {
      const res = await api<FhirImportResult>('POST', '/api/fhir/import', {
        ...fhirPatient('MRN-10'),
        identifier: [{ system: 'https://sotchart.org/fhir/sid/chart-number', value: 'MRN-10' }],
      });
      assert.match(res.body.rejected[0]?.reason ?? '', /chart number MRN-10 is already used/);
      const bad = await api<{ error: { code: string } }>('POST', '/api/fhir/import', {
        resourceType: 'Observation',
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
    });

    test('accepts application/fhir+json, and refuses the auditor role', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...owner.headers, 'content-type': 'application/fhir+json' },
        payload: JSON.stringify(fhirPatient('MRN-30')),
      });
      assert.equal(res.statusCode, 200, res.body);
      const auditor = await signIn(app, { role: 'auditor' });
      const denied = await apiClient(app, auditor.headers)('POST', '/api/fhir/import', fhirPatient('MRN-31'));
      assert.equal(denied.status, 403);
    });
  });
}
