import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface Draft {
  visitId: string;
  patientId: string;
  patientName: string;
  chartNumber: string;
  visitAt: string;
  type: string;
}
type ErrorBody = { error: { code: string; details?: { path: string }[] } };

/** "Now" for every request: drafts timed before 2026-03-01T14:30:00Z are more than a day old. */
const now = '2026-03-02T14:30:00.000Z';

for (const dialect of dialects) {
  describe(`GET /api/visits/drafts on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let practitioner: SignedInUser;
    let colleague: SignedInUser;
    let asPractitioner: ApiCall;
    let asOwner: ApiCall;
    /** Visit ids by name, for the expectations. */
    const visits: Record<string, string> = {};
    const patients: Record<string, string> = {};

    async function newPatient(api: ApiCall, chartNumber: string, familyName: string): Promise<string> {
      const res = await api<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber, givenName: 'Test', familyName }),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id;
    }
    async function newVisit(api: ApiCall, patientId: string, visitAt: string, type = 'follow_up') {
      const res = await api<{ id: string; version: number }>('POST', `/api/patients/${patientId}/visits`, {
        visitAt,
        type,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    }

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock: fixedClock(now) }));
      owner = await signIn(app, { role: 'owner' });
      practitioner = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      colleague = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      asOwner = apiClient(app, owner.headers);
      asPractitioner = apiClient(app, practitioner.headers);
      const asColleague = apiClient(app, colleague.headers);

      patients.ada = await newPatient(asOwner, 'D-1', 'Lovelace');
      patients.grace = await newPatient(asOwner, 'D-2', 'Hopper');
      // Created out of time order, so the answer's order comes from the query, not from insertion.
      visits.feb27 = (await newVisit(asPractitioner, patients.grace, '2026-02-27T09:00:00Z')).id;
      visits.feb20 = (await newVisit(asPractitioner, patients.ada, '2026-02-20T09:00:00Z', 'new_patient')).id;
      visits.justOverADay = (await newVisit(asPractitioner, patients.ada, '2026-03-01T14:29:59Z')).id;
      visits.exactlyADay = (await newVisit(asPractitioner, patients.ada, '2026-03-01T14:30:00Z')).id;
      visits.today = (await newVisit(asPractitioner, patients.grace, '2026-03-02T09:00:00Z')).id;
      // Signed in the table directly: what signing demands of a note is not this route's concern.
      const signed = await newVisit(asPractitioner, patients.grace, '2026-02-10T09:00:00Z');
      await database.handle.db
        .updateTable('visit')
        .set({ status: 'signed', signed_at: now, signed_by: practitioner.userId })
        .where('id', '=', signed.id)
        .execute();
      visits.colleagues = (await newVisit(asColleague, patients.grace, '2026-02-15T09:00:00Z')).id;

      // Another clinic's old draft, its practitioner id forged to the caller's: the clinic still scopes it out.
      const stranger = await signIn(app, { role: 'owner' });
      const asStranger = apiClient(app, stranger.headers);
      const theirs = await newPatient(asStranger, 'D-1', 'Elsewhere');
      visits.otherClinic = (await newVisit(asStranger, theirs, '2026-01-05T09:00:00Z')).id;
      await database.handle.db
        .updateTable('visit')
        .set({ practitioner_id: practitioner.userId })
        .where('id', '=', visits.otherClinic)
        .execute();
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test("lists the caller's own unsigned drafts timed more than a day ago, oldest first", async () => {
      const res = await asPractitioner<Draft[]>('GET', '/api/visits/drafts');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, [
        {
          visitId: visits.feb20,
          patientId: patients.ada,
          patientName: 'Lovelace, Test',
          chartNumber: 'D-1',
          visitAt: '2026-02-20T09:00:00Z',
          type: 'new_patient',
        },
        {
          visitId: visits.feb27,
          patientId: patients.grace,
          patientName: 'Hopper, Test',
          chartNumber: 'D-2',
          visitAt: '2026-02-27T09:00:00Z',
          type: 'follow_up',
        },
        {
          visitId: visits.justOverADay,
          patientId: patients.ada,
          patientName: 'Lovelace, Test',
          chartNumber: 'D-1',
          visitAt: '2026-03-01T14:29:59Z',
          type: 'follow_up',
        },
      ]);
    });

    test('leaves out drafts of the last 24 hours, signed visits, colleagues’ drafts and other clinics’ drafts', async () => {
      const res = await asPractitioner<Draft[]>('GET', '/api/visits/drafts');
      const listed = res.body.map((d) => d.visitId);
      for (const name of ['exactlyADay', 'today', 'colleagues', 'otherClinic'])
        assert.ok(!listed.includes(visits[name] ?? ''), `${name} is not listed`);
      assert.equal(listed.length, 3, 'the signed visit is not listed either');
    });

    test('accepts the caller’s own id as practitionerId', async () => {
      const res = await asPractitioner<Draft[]>(
        'GET',
        `/api/visits/drafts?practitionerId=${practitioner.userId}`,
      );
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.map((d) => d.visitId),
        [visits.feb20, visits.feb27, visits.justOverADay],
      );
    });

    test("shows an owner another practitioner's drafts, and their own without practitionerId", async () => {
      const theirs = await asOwner<Draft[]>('GET', `/api/visits/drafts?practitionerId=${colleague.userId}`);
      assert.equal(theirs.status, 200);
      assert.deepEqual(
        theirs.body.map((d) => d.visitId),
        [visits.colleagues],
      );
      const own = await asOwner<Draft[]>('GET', '/api/visits/drafts');
      assert.equal(own.status, 200);
      assert.deepEqual(own.body, []);
    });

    test("refuses a practitioner asking for a colleague's drafts", async () => {
      const res = await asPractitioner<ErrorBody>(
        'GET',
        `/api/visits/drafts?practitionerId=${colleague.userId}`,
      );
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, 'FORBIDDEN');
    });

    test("answers an owner naming another clinic's user 404", async () => {
      const stranger = await signIn(app, { role: 'practitioner' });
      const res = await asOwner<ErrorBody>('GET', `/api/visits/drafts?practitionerId=${stranger.userId}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.error.code, 'NOT_FOUND');
    });

    test('names a practitionerId that is not an id', async () => {
      const res = await asOwner<ErrorBody>('GET', '/api/visits/drafts?practitionerId=someone');
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        res.body.error.details?.map((d) => d.path),
        ['query.practitionerId'],
      );
    });

    for (const role of ['auditor', 'assistant'] as const) {
      test(`refuses an ${role}, who does not chart`, async () => {
        const user = await signIn(app, { role, clinicId: owner.clinicId });
        const res = await apiClient(app, user.headers)<ErrorBody>('GET', '/api/visits/drafts');
        assert.equal(res.status, 403);
        assert.equal(res.body.error.code, 'FORBIDDEN');
      });
    }

    test('audits the read with the listed visits', async () => {
      await asPractitioner('GET', '/api/visits/drafts');
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['action', 'entity_ids', 'patient_id'])
        .where('entity_type', '=', 'draft_list')
        .where('actor_id', '=', practitioner.userId)
        .orderBy('seq')
        .execute();
      assert.ok(rows.length > 0, 'the read is in the audit log');
      const last = rows.at(-1);
      assert.equal(last?.action, 'read');
      assert.equal(last?.patient_id, null);
      assert.deepEqual(
        (JSON.parse(last?.entity_ids ?? '[]') as string[]).slice().sort(),
        [visits.feb20, visits.feb27, visits.justOverADay].sort(),
      );
    });
  });
}
