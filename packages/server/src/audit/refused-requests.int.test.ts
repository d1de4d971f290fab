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
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { verifyAuditChains } from './verify-audit-chains';

interface ErrorBody {
  readonly error: { readonly code: string; readonly requestId: string };
}

for (const dialect of dialects) {
  describe(`refused requests on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let ownerA: SignedInUser;
    let foreignPatientId: string;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      ownerA = await signIn(app, { role: 'owner' });
      const ownerB = await signIn(app, { role: 'owner' });
      const created = await apiClient(app, ownerB.headers)<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({ givenName: 'Philippa', familyName: 'Worthingham' }),
      );
      assert.equal(created.status, 201);
      foreignPatientId = created.body.id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const rowsWith = (requestId: string) =>
      database.handle.db
        .selectFrom('audit_log')
        .select(['chain_id', 'clinic_id', 'actor_id', 'action', 'entity_type', 'entity_ids', 'patient_id'])
        .where('request_id', '=', requestId)
        .execute();

    const rowsAboutForeignPatient = () =>
      database.handle.db
        .selectFrom('audit_log')
        .select('seq')
        .where('chain_id', '=', ownerA.clinicId)
        .where('patient_id', '=', foreignPatientId)
        .execute();

    test('the audit log of another clinic’s patient is not found, and that id goes into no chain of the caller', async () => {
      const res = await apiClient(app, ownerA.headers)<ErrorBody>(
        'GET',
        `/api/audit?patientId=${foreignPatientId}`,
      );
      assert.equal(res.status, 404);
      assert.equal(res.body.error.code, 'NOT_FOUND');
      assert.deepEqual(await rowsAboutForeignPatient(), []);
      assert.deepEqual(await rowsWith(res.body.error.requestId), [
        {
          chain_id: 'system',
          clinic_id: null,
          actor_id: ownerA.userId,
          action: 'refused',
          entity_type: 'request',
          entity_ids: JSON.stringify(['GET /api/audit', '404']),
          patient_id: null,
        },
      ]);
    });

    test('a 404 on another clinic’s id and a 403 are audited in the system chain as refused, with method and route', async () => {
      const foreign = await apiClient(app, ownerA.headers)<ErrorBody>(
        'GET',
        `/api/patients/${foreignPatientId}`,
      );
      assert.equal(foreign.status, 404);
      const foreignWrite = await apiClient(app, ownerA.headers)<ErrorBody>(
        'PATCH',
        `/api/patients/${foreignPatientId}`,
        { version: 1, occupation: 'spy' },
      );
      assert.equal(foreignWrite.status, 404);
      const assistant = await signIn(app, { role: 'assistant', clinicId: ownerA.clinicId });
      const forbidden = await apiClient(app, assistant.headers)<ErrorBody>('GET', '/api/audit');
      assert.equal(forbidden.status, 403);

      const refused = (userId: string, route: string, status: string) => [
        {
          chain_id: 'system',
          clinic_id: null,
          actor_id: userId,
          action: 'refused',
          entity_type: 'request',
          entity_ids: JSON.stringify([route, status]),
          patient_id: null,
        },
      ];
      assert.deepEqual(
        await rowsWith(foreign.body.error.requestId),
        refused(ownerA.userId, 'GET /api/patients/:id', '404'),
      );
      assert.deepEqual(
        await rowsWith(foreignWrite.body.error.requestId),
        refused(ownerA.userId, 'PATCH /api/patients/:id', '404'),
      );
      assert.deepEqual(
        await rowsWith(forbidden.body.error.requestId),
        refused(assistant.userId, 'GET /api/audit', '403'),
      );
      // Never a read (or an update) of that patient in the caller's chain.
      assert.deepEqual(await rowsAboutForeignPatient(), []);
      assert.deepEqual((await verifyAuditChains(database.handle.db)).broken, []);
    });

    test('requests without a session and paths without a route are not recorded as refused', async () => {
      const anonymous = await apiClient(app)<ErrorBody>('GET', `/api/patients/${foreignPatientId}`);
      assert.equal(anonymous.status, 401);
      const noRoute = await apiClient(app, ownerA.headers)<ErrorBody>('GET', '/api/no-such-route');
      assert.equal(noRoute.status, 404);
      assert.deepEqual(await rowsWith(anonymous.body.error.requestId), []);
      assert.deepEqual(await rowsWith(noRoute.body.error.requestId), []);
    });
  });
}
