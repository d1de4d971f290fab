import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { chartPatient, type ChartedPatient } from '../interop-fixtures';
import { emptyValuePaths } from './fhir-empty-values';
import { fhirInvariantFailures, skippedInvariants } from './fhir-invariants';
import { fhirSchemaErrors } from './fhir-schema-validator';

interface Resource extends Record<string, unknown> {
  resourceType: string;
  id: string;
  meta?: { profile?: string[] };
}
interface Entry {
  fullUrl: string;
  resource: Resource;
  request?: { method: string; url: string };
}
interface Bundle {
  resourceType: string;
  type: string;
  entry: Entry[];
}

/** Every `reference` anywhere in a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
  );
}

const usCore = (name: string) => `http://hl7.org/fhir/us/core/StructureDefinition/${name}|6.1.0`;
const uuidUrl = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const codesOf = (r: Resource) =>
  ((r.code as { coding?: { system: string; code: string }[] } | undefined)?.coding ?? []).map(
    (c) => `${c.system}|${c.code}`,
  );

for (const dialect of dialects) {
  describe(`FHIR R4 export conformance on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let charted: ChartedPatient;
    let bundle: Bundle;
    let transaction: Bundle;
    const resources = () => bundle.entry.map((e) => e.resource);
    const ofType = (type: string) => resources().filter((r) => r.resourceType === type);

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      charted = await chartPatient(api, patientInput());
      for (const consent of [
        { type: 'treatment', date: '2026-02-02', signedBy: 'Ada Lovelace' },
        { type: 'insurance_billing', date: '2026-02-02', signedBy: 'Ada Lovelace', note: 'Medicare' },
      ]) {
        const res = await api('POST', `/api/patients/${charted.patientId}/consents`, consent);
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
      const draft = await api<{ version: number }>('GET', `/api/visits/${charted.draftVisitId}`);
      const vitals = { systolic: 124, diastolic: 78, pulse: 70, respiration: 14, temperatureC: 36.8 };
      const saved = await api('PATCH', `/api/visits/${charted.draftVisitId}`, {
        version: draft.body.version,
        record: { exam: { vitals: { ...vitals, heightCm: 170, weightKg: 68 } } },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      bundle = (await api<Bundle>('GET', `/api/patients/${charted.patientId}/exports/fhir`)).body;
      const tx = await api<Bundle>('GET', `/api/patients/${charted.patientId}/exports/fhir?type=transaction`);
      assert.equal(tx.status, 200);
      transaction = tx.body;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('keeps every FHIR invariant (FHIRPath) in every resource and in the Bundle', () => {
      assert.deepEqual(skippedInvariants(), []);
      for (const { resource } of bundle.entry)
        assert.deepEqual(fhirInvariantFailures(resource), [], `${resource.resourceType}/${resource.id}`);
      assert.deepEqual(fhirInvariantFailures(bundle), []);
    });

    test('leaves no empty array, object or string anywhere', () => {
      assert.deepEqual(emptyValuePaths(bundle), []);
      assert.deepEqual(emptyValuePaths(transaction), []);
    });

    test('gives every entry a urn:uuid fullUrl, the CodeSystem included', () => {
      for (const e of bundle.entry) assert.match(e.fullUrl, uuidUrl, `${e.resource.resourceType}`);
      assert.equal(new Set(bundle.entry.map((e) => e.fullUrl)).size, bundle.entry.length);
    });

    test('exports the vitals as vital-sign Observations with LOINC codes and UCUM units', () => {
      const vitals = ofType('Observation').filter((o) => JSON.stringify(o.category).includes('vital-signs'));
      const value = (code: string) => {
        const o = vitals.find((v) => codesOf(v).includes(`http://loinc.org|${code}`));
        const q = o?.valueQuantity as { value: number; code: string; system: string } | undefined;
        return q === undefined ? undefined : `${q.value} ${q.code}`;
      };
      assert.equal(vitals.length, 7);
      assert.equal(value('8867-4'), '70 /min');
      assert.equal(value('9279-1'), '14 /min');
      assert.equal(value('8310-5'), '36.8 Cel');
      assert.equal(value('29463-7'), '68 kg');
      assert.equal(value('8302-2'), '170 cm');
      assert.equal(value('39156-5'), '23.5 kg/m2');
      const bp = vitals.find((v) => codesOf(v).includes('http://loinc.org|85354-9')) as unknown as {
        component: { code: { coding: { code: string }[] }; valueQuantity: { value: number; code: string } }[];
      };
      assert.deepEqual(
        bp.component.map((c) => [c.code.coding[0]?.code, c.valueQuantity.value, c.valueQuantity.code]),
        [
          ['8480-6', 124, 'mm[Hg]'],
          ['8462-4', 78, 'mm[Hg]'],
        ],
      );
    });

    test("exports the patient's consents as Consent resources", () => {
      const consents = ofType('Consent') as unknown as {
        scope: { coding: { code: string }[] };
        category: { coding: { code: string }[] }[];
        patient: { reference: string };
        dateTime: string;
        policyRule: unknown;
        provision: { type: string };
      }[];
      assert.deepEqual(
        consents.map((c) => [c.scope.coding[0]?.code, c.category[0]?.coding[0]?.code, c.dateTime]).sort(),
        [
          ['patient-privacy', '64292-6', '2026-02-02'],
          ['treatment', '59284-0', '2026-02-02'],
        ],
      );
      for (const c of consents) {
        assert.equal(c.patient.reference, `urn:uuid:${charted.patientId}`);
        assert.ok(c.policyRule !== undefined);
        assert.equal(c.provision.type, 'permit');
      }
    });

    test('names a US Core 6.1.0 profile only on resources that carry its required elements', () => {
      const profiled = (r: Resource) => r.meta?.profile ?? [];
      assert.deepEqual(profiled(ofType('Patient')[0] as Resource), [usCore('us-core-patient')]);
      for (const e of ofType('Encounter')) assert.deepEqual(profiled(e), [usCore('us-core-encounter')]);
      for (const g of ofType('Goal')) assert.deepEqual(profiled(g), [usCore('us-core-goal')]);
      const conditions = ofType('Condition');
      const diagnoses = conditions.filter((c) => JSON.stringify(c.category).includes('encounter-diagnosis'));
      assert.equal(diagnoses.length, 7);
      for (const c of diagnoses)
        assert.deepEqual(profiled(c), [usCore('us-core-condition-encounter-diagnosis')]);
      const history = conditions.filter((c) => !diagnoses.includes(c));
      assert.deepEqual(history.map(profiled), [[]], 'a history condition has no problem-list category');
      const procedures = ofType('Procedure');
      const cpt = procedures.filter((p) => codesOf(p).some((c) => c.startsWith('http://www.ama-assn.org/')));
      assert.deepEqual(cpt.map(profiled), [[usCore('us-core-procedure')]]);
      assert.ok(
        procedures.filter((p) => !cpt.includes(p)).every((p) => profiled(p).length === 0),
        'SOT-coded procedures are outside the US Core procedure codes',
      );
      const vitals = ofType('Observation').filter((o) => JSON.stringify(o.category).includes('vital-signs'));
      assert.deepEqual(vitals.map(profiled).flat().sort(), [
        usCore('us-core-blood-pressure'),
        usCore('us-core-bmi'),
        usCore('us-core-body-height'),
        usCore('us-core-body-temperature'),
        usCore('us-core-body-weight'),
        usCore('us-core-heart-rate'),
        usCore('us-core-respiratory-rate'),
      ]);
      const others = ofType('Observation').filter((o) => !vitals.includes(o));
      assert.ok(others.every((o) => profiled(o).length === 0));
    });

    test('answers a transaction Bundle: every entry a PUT of its own id, every reference inside it', () => {
      assert.equal(transaction.type, 'transaction');
      assert.deepEqual(
        transaction.entry.map((e) => e.fullUrl),
        bundle.entry.map((e) => e.fullUrl),
      );
      for (const e of transaction.entry)
        assert.deepEqual(e.request, { method: 'PUT', url: `${e.resource.resourceType}/${e.resource.id}` });
      const urls = new Set(transaction.entry.map((e) => e.fullUrl));
      const references = referencesIn(transaction.entry.map((e) => e.resource));
      assert.ok(references.length > 100);
      assert.deepEqual(
        references.filter((r) => !urls.has(r)),
        [],
      );
      assert.deepEqual(fhirSchemaErrors(transaction), []);
      assert.deepEqual(fhirInvariantFailures(transaction), []);
    });

    test('takes the type on the whole clinic’s export too, and refuses an unknown type', async () => {
      const clinic = await api<Bundle>('GET', '/api/exports/fhir?type=transaction');
      assert.equal(clinic.status, 200);
      assert.equal(clinic.body.type, 'transaction');
      assert.ok(clinic.body.entry.every((e) => e.request?.method === 'PUT'));
      const bad = await api('GET', `/api/patients/${charted.patientId}/exports/fhir?type=batch`);
      assert.equal(bad.status, 400);
    });

    test("is accepted by SOT Chart's own import in another clinic", async () => {
      const other = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      const res = await other<{ entries?: { resourceType: string | null; outcome: string }[] }>(
        'POST',
        '/api/fhir/import',
        transaction,
      );
      assert.ok(res.status < 500, `no 5xx (${res.status})`);
      assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 500));
      const patient = (res.body.entries ?? []).find((e) => e.resourceType === 'Patient');
      assert.equal(patient?.outcome, 'created');
    });
  });
}
