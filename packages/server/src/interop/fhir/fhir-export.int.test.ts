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
import { fhirSchemaErrors } from './fhir-schema-validator';

interface Entry {
  fullUrl: string;
  resource: Record<string, unknown> & { resourceType: string; id: string };
}
interface Bundle {
  resourceType: string;
  type: string;
  entry: Entry[];
}

const countByType = (bundle: Bundle) => {
  const counts: Record<string, number> = {};
  for (const e of bundle.entry) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
  return counts;
};

/** Every `reference` anywhere in a value. */
function referencesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  return out;
}

/** One charted patient's resources, by type (see chartPatient). */
const expectedOnePatient = {
  CodeSystem: 1,
  Organization: 1,
  Practitioner: 1,
  Patient: 1,
  // history 1 + episode diagnoses 2 + confirmed visit diagnoses 5
  Condition: 8,
  // history surgery 1 + blocking 1 + adjustments 2 + CMRT 1 + cranial 1 + instrument 1 + CPT 98941 1
  Procedure: 8,
  MedicationStatement: 1,
  AllergyIntolerance: 1,
  EpisodeOfCare: 1,
  CarePlan: 1,
  Goal: 1,
  Encounter: 2,
  // 16 findings (12 screen answers) + a category per visit (2) + 1 muscle test + 2 questionnaire scores
  Observation: 21,
  QuestionnaireResponse: 2,
  // the signed note and its addendum
  DocumentReference: 2,
  Provenance: 2,
};

for (const dialect of dialects) {
  describe(`FHIR R4 export on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let charted: ChartedPatient;
    let clinicId: string;
    let bundle: Bundle;

    /** One patient's export, or without a patient the whole clinic's. */
    const exportFhir = async (patientId: string | null, call: ApiCall = api) =>
      call<Bundle>(
        'GET',
        patientId === null ? '/api/exports/fhir' : `/api/patients/${patientId}/exports/fhir`,
      );

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      clinicId = owner.clinicId;
      api = apiClient(app, owner.headers);
      charted = await chartPatient(
        api,
        patientInput({
          phone: '+1 217 555 0100',
          email: 'ada@example.org',
          address: '1 Main St, Springfield',
        }),
      );
      await api(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'C-200', givenName: 'Grace', familyName: 'Hopper' }),
      );
      const res = await exportFhir(charted.patientId);
      assert.equal(res.status, 200);
      bundle = res.body;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('exports one patient as a collection Bundle with the expected count of every resource type', () => {
      assert.equal(bundle.resourceType, 'Bundle');
      assert.equal(bundle.type, 'collection');
      assert.deepEqual(countByType(bundle), expectedOnePatient);
    });

    test('validates every resource, and the Bundle, against the official FHIR R4 JSON schema', () => {
      for (const { resource } of bundle.entry)
        assert.deepEqual(fhirSchemaErrors(resource), [], `${resource.resourceType}/${resource.id}`);
      assert.deepEqual(fhirSchemaErrors(bundle), []);
    });

    test('resolves every reference to an entry of the Bundle', () => {
      const urls = new Set(bundle.entry.map((e) => e.fullUrl));
      // Record and derived ids are UUIDs; the CodeSystem's id is `sot` (its fullUrl: fhir-export-conformance).
      for (const e of bundle.entry)
        if (e.resource.resourceType !== 'CodeSystem') assert.equal(e.fullUrl, `urn:uuid:${e.resource.id}`);
      const dangling = referencesIn(bundle.entry.map((e) => e.resource)).filter((r) => !urls.has(r));
      assert.deepEqual(dangling, []);
    });

    test('carries the chart number, standard codes and the SOT CodeSystem', () => {
      const find = (type: string) =>
        bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
      const patient = find('Patient')[0] as unknown as {
        identifier: { system: string; value: string }[];
        telecom: unknown[];
      };
      assert.deepEqual(
        patient.identifier.map((i) => [i.system, i.value]),
        [['https://sotchart.org/fhir/sid/chart-number', 'C-100']],
      );
      assert.equal(patient.telecom.length, 2);
      const icd = find('Condition').flatMap((c) =>
        ((c.code as { coding?: { system: string; code: string }[] }).coding ?? []).map(
          (x) => `${x.system}|${x.code}`,
        ),
      );
      assert.deepEqual(icd.sort(), [
        'http://hl7.org/fhir/sid/icd-10-cm|M54.50',
        'http://hl7.org/fhir/sid/icd-10-cm|M54.50',
        'http://hl7.org/fhir/sid/icd-10-cm|M99.02',
        'http://hl7.org/fhir/sid/icd-10-cm|M99.03',
        'http://hl7.org/fhir/sid/icd-10-cm|M99.04',
        'http://hl7.org/fhir/sid/icd-10-cm|M99.05',
        'http://hl7.org/fhir/sid/icd-10-cm|M99.05',
      ]);
      const cpt = find('Procedure').find((p) =>
        JSON.stringify(p.code).includes('http://www.ama-assn.org/go/cpt'),
      ) as unknown as {
        code: { coding: { code: string; display?: string }[] };
        extension: { valueCoding: { code: string } }[];
      };
      assert.equal(cpt.code.coding[0]?.code, '98941');
      assert.equal(cpt.code.coding[0]?.display, undefined, 'no AMA descriptor text');
      assert.deepEqual(
        cpt.extension.map((x) => x.valueCoding.code),
        ['AT'],
      );
      const encounter = find('Encounter').find((e) => e.id === charted.signedVisitId) as unknown as {
        status: string;
        diagnosis: { rank: number }[];
      };
      assert.equal(encounter.status, 'finished');
      assert.deepEqual(
        encounter.diagnosis.map((d) => d.rank),
        [1, 2, 3, 4, 5],
      );
      type CategoryObservation = {
        valueCodeableConcept: { coding: { code: string }[] };
        derivedFrom: unknown[];
      };
      const signedCategory = find('Observation').filter(
        (o) =>
          JSON.stringify(o.code).includes('"sot-category"') &&
          (o.encounter as { reference: string }).reference === `urn:uuid:${charted.signedVisitId}`,
      )[0] as unknown as CategoryObservation;
      assert.equal(signedCategory.valueCodeableConcept.coding[0]?.code, 'category-II');
      assert.equal(signedCategory.derivedFrom.length, 2, 'arm_fossa (P) and inguinal_tenderness (S)');
      const adjustment = find('Procedure').find((p) =>
        JSON.stringify(p.code).includes('"adjustment"'),
      ) as unknown as {
        bodySite: { coding: { system: string; code: string }[] }[];
      };
      assert.equal(adjustment.bodySite[0]?.coding[0]?.system, 'https://sotchart.org/fhir/CodeSystem/sot');
      const note = find('DocumentReference').find(
        (d) => d.docStatus === 'final' && !('relatesTo' in d),
      ) as unknown as {
        content: { attachment: { data: string } }[];
      };
      const text = Buffer.from(note.content[0]?.attachment.data ?? '', 'base64').toString('utf8');
      assert.match(text, /Electronically signed by/);
      assert.match(text, /Diagnoses: M99\.05, M99\.04/);
      const provenance = find('Provenance').map(
        (p) => (p.activity as { coding: { code: string }[] }).coding[0]?.code,
      );
      assert.deepEqual(provenance.sort(), ['APPEND', 'CREATE']);
    });

    test('links each questionnaire score to its QuestionnaireResponse, NPRS with its LOINC code', () => {
      const resources = bundle.entry.map((e) => e.resource);
      const responses = resources.filter((r) => r.resourceType === 'QuestionnaireResponse');
      const scores = resources.filter(
        (r) => r.resourceType === 'Observation' && JSON.stringify(r.category).includes('survey'),
      );
      assert.equal(scores.length, 2);
      for (const score of scores) {
        const from = (score.derivedFrom as { reference: string }[])[0]?.reference;
        assert.ok(responses.some((q) => `urn:uuid:${q.id}` === from));
      }
      const nprs = scores.find((s) => JSON.stringify(s.code).includes('72514-3')) as unknown as {
        valueQuantity: { value: number };
      };
      assert.equal(nprs.valueQuantity.value, 6);
    });

    test('gives the same resource ids on a second export', async () => {
      const again = await exportFhir(charted.patientId);
      assert.deepEqual(
        again.body.entry.map((e) => e.fullUrl),
        bundle.entry.map((e) => e.fullUrl),
      );
    });

    test('exports every patient of the clinic to its owner, and audits each', async () => {
      const res = await exportFhir(null);
      assert.equal(res.status, 200);
      const counts = countByType(res.body);
      assert.equal(counts.Patient, 2);
      assert.equal(counts.Organization, 1);
      for (const { resource } of res.body.entry) assert.deepEqual(fhirSchemaErrors(resource), []);
      await new Promise((r) => setTimeout(r, 20));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['patient_id', 'entity_type'])
        .where('action', '=', 'export')
        .where('entity_type', '=', 'fhir_bundle')
        .execute();
      assert.ok(rows.some((r) => r.patient_id === charted.patientId));
      assert.equal(new Set(rows.map((r) => r.patient_id)).size, 2);
    });

    test('refuses assistants and answers 404 for another clinic’s patient', async () => {
      const assistant = await signIn(app, { role: 'assistant', clinicId: clinicId });
      const asAssistant = await exportFhir(charted.patientId, apiClient(app, assistant.headers));
      assert.equal(asAssistant.status, 403);
      const stranger = await signIn(app, { role: 'owner' });
      const foreign = await exportFhir(charted.patientId, apiClient(app, stranger.headers));
      assert.equal(foreign.status, 404);
    });

    // Issue 16, Medium 4: the whole clinic's record leaves only with its owner (docs/security.md).
    test('a practitioner and an auditor export one patient, never the whole clinic', async () => {
      for (const role of ['practitioner', 'auditor'] as const) {
        const user = apiClient(app, (await signIn(app, { role, clinicId: clinicId })).headers);
        assert.equal((await exportFhir(charted.patientId, user)).status, 200, role);
        assert.equal((await exportFhir(null, user)).status, 403, role);
        const scoped = await user('GET', `/api/exports/fhir?patientId=${charted.patientId}`);
        assert.equal(scoped.status, 403, `${role}: one patient is not asked for on the clinic's route`);
      }
      const ownerScoped = await api<{ error: { details: { path: string }[] } }>(
        'GET',
        `/api/exports/fhir?patientId=${charted.patientId}`,
      );
      assert.equal(ownerScoped.status, 400, 'refused, never answered with every patient');
      assert.deepEqual(
        ownerScoped.body.error.details.map((d) => d.path),
        ['query.patientId'],
      );
    });
  });
}
