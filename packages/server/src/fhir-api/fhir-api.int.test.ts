import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Bundle, CapabilityStatement, Group, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { fhirSchemaErrors } from '../interop/fhir/fhir-schema-validator';
import { chartPatient, type ChartedPatient } from '../interop/interop-fixtures';
import { groupIdOf } from './clinic-resources';

const chartSystem = 'https://sotchart.org/fhir/sid/chart-number';

for (const dialect of dialects) {
  describe(`FHIR R4 API on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let other: SignedInUser;
    let charted: ChartedPatient;
    let plainId: string;
    let foreignId: string;

    const get = async <T = Resource>(url: string, headers: Record<string, string> = owner.headers) => {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { ...headers, accept: 'application/fhir+json' },
      });
      return { status: res.statusCode, type: String(res.headers['content-type']), body: res.json<T>() };
    };
    const search = async (url: string) => {
      const res = await get<Bundle>(url);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(
        testAppOptions(database.handle, { bulkExportDir: join(database.dataDir, 'bulk') }),
      );
      owner = await signIn(app, { role: 'owner' });
      const api = apiClient(app, owner.headers);
      charted = await chartPatient(api, patientInput({ chartNumber: 'F-1' }));
      const plain = await api<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({
          chartNumber: 'F-2',
          givenName: 'Grace',
          familyName: 'Hopper',
          dateOfBirth: '1946-12-09',
        }),
      );
      plainId = plain.body.id;
      other = await signIn(app, { role: 'owner' });
      const foreign = await apiClient(app, other.headers)<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput(),
      );
      foreignId = foreign.body.id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('answers a CapabilityStatement that instantiates Bulk Data and names SMART security', async () => {
      const res = await get<CapabilityStatement>('/fhir/R4/metadata', {});
      assert.equal(res.status, 200);
      assert.match(res.type, /^application\/fhir\+json/);
      assert.deepEqual(fhirSchemaErrors(res.body), []);
      assert.deepEqual(res.body.instantiates, [
        'http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data',
      ]);
      assert.equal(res.body.rest?.[0]?.security?.service?.[0]?.coding?.[0]?.code, 'SMART-on-FHIR');
      assert.equal(res.body.software?.version, undefined);
    });

    test('reads a Patient of the clinic as application/fhir+json', async () => {
      const res = await get(`/fhir/R4/Patient/${charted.patientId}`);
      assert.equal(res.status, 200);
      assert.match(res.type, /^application\/fhir\+json/);
      assert.equal(res.body.resourceType, 'Patient');
      assert.equal(res.body.id, charted.patientId);
    });

    test("answers another clinic's patient with a 404 OperationOutcome", async () => {
      const res = await get<OperationOutcome>(`/fhir/R4/Patient/${foreignId}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.resourceType, 'OperationOutcome');
      assert.equal(res.body.issue[0]?.code, 'not-found');
    });

    test('searches Patients by identifier, name and birthdate, with total and a self link', async () => {
      const byIdentifier = await search(
        `/fhir/R4/Patient?identifier=${encodeURIComponent(`${chartSystem}|F-2`)}`,
      );
      assert.equal(byIdentifier.type, 'searchset');
      assert.equal(byIdentifier.total, 1);
      assert.equal(byIdentifier.entry?.[0]?.resource?.id, plainId);
      assert.equal(byIdentifier.link?.[0]?.relation, 'self');
      assert.match(
        byIdentifier.link?.[0]?.url ?? '',
        /^http:\/\/localhost:3000\/fhir\/R4\/Patient\?identifier=/,
      );
      assert.equal((await search('/fhir/R4/Patient?name=hop')).total, 1);
      assert.equal((await search('/fhir/R4/Patient?name=lovelace')).total, 1);
      assert.equal((await search('/fhir/R4/Patient?birthdate=1946-12-09')).total, 1);
      assert.equal((await search('/fhir/R4/Patient?birthdate=ge1970-01-01')).total, 1);
      assert.equal((await search('/fhir/R4/Patient')).total, 2, "the other clinic's patient is not counted");
    });

    test('searches Observations by patient, code and date, referring to the patient as Patient/id', async () => {
      const all = await search(`/fhir/R4/Observation?patient=Patient/${charted.patientId}`);
      assert.ok((all.total ?? 0) > 0);
      assert.deepEqual(fhirSchemaErrors(all), [], 'the searchset Bundle fits the R4 schema');
      const first = all.entry?.[0]?.resource as {
        subject?: { reference?: string };
        code?: { coding?: { system?: string; code?: string }[] };
      };
      assert.equal(first.subject?.reference, `Patient/${charted.patientId}`);
      const coding = first.code?.coding?.[0];
      assert.ok(coding?.code !== undefined);
      const byCode = await search(
        `/fhir/R4/Observation?patient=${charted.patientId}&code=${encodeURIComponent(`${coding.system ?? ''}|${coding.code}`)}`,
      );
      assert.ok((byCode.total ?? 0) >= 1 && (byCode.total ?? 0) <= (all.total ?? 0));
      assert.equal(
        (await search(`/fhir/R4/Observation?patient=${charted.patientId}&date=lt2000-01-01`)).total,
        0,
      );
      const dated = await search(`/fhir/R4/Observation?patient=${charted.patientId}&date=ge2026-02-01`);
      assert.ok((dated.total ?? 0) > 0);
      assert.equal((await search(`/fhir/R4/Observation?patient=${plainId}`)).total, 0);
    });

    for (const type of ['Encounter', 'Condition', 'Procedure', 'QuestionnaireResponse']) {
      test(`searches ${type} by patient and reads one back by id`, async () => {
        const found = await search(`/fhir/R4/${type}?patient=${charted.patientId}`);
        assert.ok((found.total ?? 0) > 0, `${type} has entries`);
        for (const entry of found.entry ?? []) assert.equal(entry.resource?.resourceType, type);
        const id = found.entry?.[0]?.resource?.id ?? '';
        const read = await get(`/fhir/R4/${type}/${id}`);
        assert.equal(read.status, 200);
        assert.equal(read.body.id, id);
      });
    }

    test('pages a search with _count and a next link', async () => {
      const page = await search(`/fhir/R4/Observation?patient=${charted.patientId}&_count=2`);
      assert.equal(page.entry?.length, 2);
      const next = page.link?.find((l) => l.relation === 'next')?.url ?? '';
      const second = await search(new URL(next).pathname + new URL(next).search);
      assert.equal(second.total, page.total);
      assert.notEqual(second.entry?.[0]?.resource?.id, page.entry?.[0]?.resource?.id);
    });

    test("answers Patient/$everything with the patient's record, the clinic and practitioners", async () => {
      const all = await search(`/fhir/R4/Patient/${charted.patientId}/$everything`);
      const types = new Set(all.entry?.map((e) => e.resource?.resourceType));
      for (const type of ['Patient', 'Encounter', 'Observation', 'Condition', 'Organization', 'Practitioner'])
        assert.ok(types.has(type as never), `has ${type}`);
    });

    test("reads the clinic's Group of all its patients; another clinic's Group is 404", async () => {
      const group = await get<Group>(`/fhir/R4/Group/${groupIdOf(owner.clinicId)}`);
      assert.equal(group.status, 200);
      assert.equal(group.body.quantity, 2);
      assert.deepEqual(fhirSchemaErrors(group.body), []);
      assert.deepEqual(
        group.body.member?.map((m) => m.entity.reference).sort(),
        [`Patient/${charted.patientId}`, `Patient/${plainId}`].sort(),
      );
      assert.equal((await get(`/fhir/R4/Group/${groupIdOf(other.clinicId)}`)).status, 404);
    });

    test('refuses an unsupported search parameter with a 400 OperationOutcome naming it', async () => {
      const res = await get<OperationOutcome>('/fhir/R4/Patient?gender=female');
      assert.equal(res.status, 400);
      assert.equal(res.body.issue[0]?.code, 'invalid');
      assert.deepEqual(res.body.issue[0]?.expression, ['query.gender']);
      assert.equal((await get<OperationOutcome>('/fhir/R4/Patient?birthdate=soon')).status, 400);
      assert.equal((await get<OperationOutcome>('/fhir/R4/Medication')).status, 404);
    });

    test('answers 401 without a session or token, and 403 to an assistant', async () => {
      const anonymous = await get<OperationOutcome>(`/fhir/R4/Patient/${charted.patientId}`, {});
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.resourceType, 'OperationOutcome');
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      assert.equal((await get(`/fhir/R4/Patient/${charted.patientId}`, assistant.headers)).status, 403);
    });

    test('audits every read with the reader and the patient', async () => {
      await get(`/fhir/R4/Patient/${plainId}`);
      const rows = await app.auth.db
        .selectFrom('audit_log')
        .select(['actor_id', 'action', 'entity_type'])
        .where('patient_id', '=', plainId)
        .where('entity_type', '=', 'fhir_Patient')
        .execute();
      assert.ok(rows.length >= 1);
      assert.deepEqual(rows[0], { actor_id: owner.userId, action: 'read', entity_type: 'fhir_Patient' });
    });
  });
}
