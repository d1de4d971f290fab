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
  type TestDatabase,
} from '@sotchart/test-support';
import type { FhirImportResult, ImportedRecord, PatientSummary } from '@sotchart/contract';
import { languages, sourceLanguage } from '@sotchart/i18n';
import { buildApp } from '../../app';
import { translateKnown } from '../../i18n/translator';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const chartNumberSystem = 'https://sotchart.org/fhir/sid/chart-number';

for (const dialect of dialects) {
  describe(`FHIR export then import into an empty clinic on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    /** Each patient of a clinic by chart number: demographics, kept facts, identifiers and history. */
    async function clinicContents(headers: Record<string, string>) {
      const api = apiClient(app, headers);
      const list = await api<{ items: PatientSummary[] }>(
        'GET',
        '/api/patients?limit=100&includeArchived=true',
      );
      const out: Record<string, unknown> = {};
      for (const p of list.body.items) {
        const patient = await api<Record<string, unknown>>('GET', `/api/patients/${p.id}`);
        const kept = await api<ImportedRecord>('GET', `/api/patients/${p.id}/imported-record`);
        const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...demographics } = patient.body;
        out[String(patient.body.chartNumber)] = {
          demographics,
          facts: [
            kept.body.birthDatePrecision,
            kept.body.givenNames,
            kept.body.deceased,
            kept.body.deceasedAt,
          ],
          identifiers: kept.body.identifiers
            .filter((i) => i.system !== chartNumberSystem)
            .map((i) => JSON.stringify(i))
            .sort(),
          history: kept.body.history.map(({ id: _i, sourceId: _s, sourceSystem: _ss, ...h }) => h),
        };
      }
      return out;
    }

    test('gives the same patients, identifiers and history', async () => {
      const first = await signIn(app, { role: 'owner' });
      for (const [name, type] of [
        ['synthea-shaped-transaction.json', 'application/fhir+json'],
        ['traits.ndjson', 'application/fhir+ndjson'],
        ['hl7-patient-f201-roel.json', 'application/fhir+json'],
        ['hl7-patient-example.json', 'application/fhir+json'],
        ['synthea-Patient.ndjson', 'application/fhir+ndjson'],
        ['synthea-Condition.ndjson', 'application/fhir+ndjson'],
      ] as const) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/fhir/import',
          headers: { ...first.headers, 'content-type': type },
          payload: fixture(name),
        });
        assert.equal(res.statusCode, 200, res.body);
      }
      const exported = await app.inject({ method: 'GET', url: '/api/exports/fhir', headers: first.headers });
      assert.equal(exported.statusCode, 200);
      const second = await signIn(app, { role: 'owner' });
      const imported = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...second.headers, 'content-type': 'application/fhir+json' },
        payload: exported.body,
      });
      assert.equal(imported.statusCode, 200, imported.body);
      const result = JSON.parse(imported.body) as FhirImportResult;
      assert.equal(result.counts.refused, 0, imported.body);
      const before = await clinicContents(first.headers);
      const after = await clinicContents(second.headers);
      assert.equal(Object.keys(before).length, 7);
      assert.deepEqual(after, before);
      // National identifiers never reach the research export.
      const research = await app.inject({
        method: 'GET',
        url: '/api/exports/research',
        headers: first.headers,
      });
      assert.equal(research.statusCode, 200);
      assert.doesNotMatch(research.body, /999-63-4171|S99996852|123456789|999-12-3456|999-39-9104/);
      // The export imported back into the clinic it came from finds everything there already.
      const home = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...first.headers, 'content-type': 'application/fhir+json' },
        payload: exported.body,
      });
      const back = JSON.parse(home.body) as FhirImportResult;
      assert.deepEqual([back.counts.created, back.counts.updated, back.counts.refused], [0, 0, 0]);
      // Why each entry was skipped is shown in the user's language (the fhirImport catalogue).
      for (const { reason } of [...result.entries, ...back.entries])
        for (const language of languages.filter((l) => l !== sourceLanguage))
          if (reason !== undefined)
            assert.notEqual(translateKnown(language, 'fhirImport', reason), reason, `${language}: ${reason}`);
      assert.deepEqual(await clinicContents(first.headers), before);
    });
  });
}
