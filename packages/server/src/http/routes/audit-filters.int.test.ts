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
import type { AuditPage } from '@sotchart/contract';
import { buildApp } from '../../app';
import type { AuditEvent } from '../../audit/audit-event';

type Body = AuditPage & { error?: { code: string; details: { path: string }[] } };

for (const dialect of dialects) {
  describe(`audit log filters and names, on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let now = '2026-03-10T12:00:00.000Z';
    let clinicId: string;
    let ownerId: string;
    let practitionerId: string;
    let patientId: string;
    let foreignPatientId: string;

    const record = (at: string, event: Partial<AuditEvent>) => {
      now = at;
      return app.audit.record({
        clinicId,
        actorId: null,
        action: 'read',
        entityType: 'patient',
        entityIds: [],
        patientId: null,
        requestId: `request-${at}`,
        ip: '203.0.113.9',
        ...event,
      });
    };
    const list = async (query: string): Promise<Body> => {
      const res = await api<Body>('GET', `/api/audit?${query}`);
      return { ...res.body, ...(res.status === 200 ? {} : { status: res.status }) };
    };
    const requestIds = async (query: string): Promise<string[]> =>
      (await list(query)).items.map((e) => e.requestId).filter((r) => r.startsWith('request-'));

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock: () => new Date(now) }));
      const owner = await signIn(app, { role: 'owner', displayName: 'Dr Owner' });
      clinicId = owner.clinicId;
      ownerId = owner.userId;
      practitionerId = (await signIn(app, { role: 'practitioner', clinicId, displayName: 'Dr Practitioner' }))
        .userId;
      api = apiClient(app, owner.headers);
      const created = await api<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'SOT-1009', familyName: 'Alvarez', givenName: 'Isabella' }),
      );
      patientId = created.body.id;
      const other = await signIn(app, { role: 'owner' });
      foreignPatientId = (
        await apiClient(app, other.headers)<{ id: string }>(
          'POST',
          '/api/patients',
          patientInput({ familyName: 'Elsewhere', givenName: 'Erin' }),
        )
      ).body.id;
      // Recorded earlier than the sessions' clock, which then returns to the present.
      await record('2026-01-10T12:00:00.000Z', { actorId: practitionerId, patientId });
      await record('2026-02-10T12:00:00.000Z', {
        action: 'create',
        entityType: 'kiosk_submission',
        entityIds: ['s1'],
        patientId,
      });
      await record('2026-02-11T12:00:00.000Z', { actorId: ownerId, action: 'update', patientId });
      await record('2026-02-12T12:00:00.000Z', { actorId: ownerId, patientId: foreignPatientId });
      await record('2026-02-13T12:00:00.000Z', {
        action: 'update',
        entityType: 'finding',
        requestId: 'request-backfill',
      });
      now = '2026-03-10T12:00:00.000Z';
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('names the patient of this clinic, tells the kiosk and the system from users, and lists the users', async () => {
      const page = await list('limit=200');
      const byRequest = new Map(page.items.map((e) => [e.requestId, e]));
      const practitionerRead = byRequest.get('request-2026-01-10T12:00:00.000Z');
      assert.deepEqual(practitionerRead?.patientName, { givenName: 'Isabella', familyName: 'Alvarez' });
      assert.equal(practitionerRead?.by, 'user');
      assert.equal(practitionerRead?.actor?.displayName, 'Dr Practitioner');
      const kiosk = byRequest.get('request-2026-02-10T12:00:00.000Z');
      assert.equal(kiosk?.by, 'kiosk');
      assert.equal(kiosk?.actor, null);
      assert.deepEqual(kiosk?.patientName, { givenName: 'Isabella', familyName: 'Alvarez' });
      assert.equal(byRequest.get('request-backfill')?.by, 'system');
      // Another clinic's patient is never named, whatever id an entry carries.
      assert.equal(byRequest.get('request-2026-02-12T12:00:00.000Z')?.patientName, null);
      assert.deepEqual(page.users.map((u) => u.displayName).sort(), ['Dr Owner', 'Dr Practitioner']);
    });

    test('narrows to one user', async () => {
      assert.deepEqual(await requestIds(`actorId=${practitionerId}`), ['request-2026-01-10T12:00:00.000Z']);
    });

    test('narrows to one action', async () => {
      assert.deepEqual(await requestIds('action=update'), [
        'request-backfill',
        'request-2026-02-11T12:00:00.000Z',
      ]);
    });

    test('narrows to clinic dates, both ends included', async () => {
      assert.deepEqual(await requestIds('from=2026-02-10&to=2026-02-11'), [
        'request-2026-02-11T12:00:00.000Z',
        'request-2026-02-10T12:00:00.000Z',
      ]);
      assert.deepEqual(await requestIds('to=2026-01-31'), ['request-2026-01-10T12:00:00.000Z']);
    });

    test('combines the filters with one patient and pages through them', async () => {
      const first = await list(`patientId=${patientId}&from=2026-01-01&to=2026-02-28&limit=1`);
      assert.deepEqual(
        first.items.map((e) => e.requestId),
        ['request-2026-02-11T12:00:00.000Z'],
      );
      const second = await list(
        `patientId=${patientId}&from=2026-01-01&to=2026-02-28&limit=5&cursor=${first.nextCursor ?? ''}`,
      );
      assert.deepEqual(
        second.items.map((e) => e.requestId),
        ['request-2026-02-10T12:00:00.000Z', 'request-2026-01-10T12:00:00.000Z'],
      );
    });

    test('names each bad filter', async () => {
      const res = await api<Body>('GET', '/api/audit?action=peek&from=2026-02-30&actorId=someone');
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.error?.details.map((d) => d.path).sort(), [
        'query.action',
        'query.actorId',
        'query.from',
      ]);
      const reversed = await api<Body>('GET', '/api/audit?from=2026-03-01&to=2026-02-01');
      assert.equal(reversed.status, 400);
      assert.deepEqual(
        reversed.body.error?.details.map((d) => d.path),
        ['query.to'],
      );
    });
  });
}
