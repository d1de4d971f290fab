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

type Body = Record<string, unknown> & { error?: { code: string; details?: { path: string }[] } };
interface Created {
  id: string;
  url: string;
  qrSvg: string;
  status: string;
  expiresAt: string;
}

const odiAnswers = {
  pain_intensity: 2,
  personal_care: 1,
  lifting: 3,
  walking: 1,
  sitting: 2,
  standing: 2,
  sleeping: 1,
  sex_life: null,
  social_life: 2,
  travelling: 2,
};
const signature = { width: 600, height: 200, strokes: [[10, 100, 60, 80, 120, 120, 200, 90]] };
const tokenOf = (link: Created): string => link.url.split('#')[1] ?? '';

for (const dialect of dialects) {
  describe(`kiosk links on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let assistantUser: SignedInUser;
    let assistant: ApiCall;
    let owner: ApiCall;
    /** The kiosk: no session, no cookie, no CSRF token. */
    let kiosk: ApiCall;
    let patientId: string;
    const clock = fixedClock('2026-03-02T14:30:00.000Z');

    const newLink = async (body: Record<string, unknown>): Promise<Created> => {
      const res = await assistant<Created>('POST', `/api/patients/${patientId}/kiosk-links`, body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    };
    const auditRows = (patient: string) =>
      app.auth.db
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'actor_id', 'clinic_id'])
        .where('patient_id', '=', patient)
        .where('actor_id', 'is', null)
        .orderBy('seq')
        .execute();

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const ownerUser = await signIn(app, { role: 'owner' });
      owner = apiClient(app, ownerUser.headers);
      assistantUser = await signIn(app, { role: 'assistant', clinicId: ownerUser.clinicId });
      assistant = apiClient(app, assistantUser.headers);
      kiosk = apiClient(app);
      patientId = (await owner<{ id: string }>('POST', '/api/patients', patientInput())).body.id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('makes a one-time link with a QR code; the token is only in the address fragment', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'odi' });
      assert.match(link.url, /^http:\/\/localhost(:\d+)?\/kiosk#[A-Za-z0-9_-]{43}$/);
      assert.match(link.qrSvg, /^<svg[^>]*>/);
      assert.equal(link.status, 'open');
      assert.equal(link.expiresAt, '2026-03-02T15:00:00.000Z');
      const listed = await assistant<{ id: string; status: string }[]>(
        'GET',
        `/api/patients/${patientId}/kiosk-links`,
      );
      assert.deepEqual(listed.body[0], { ...listed.body[0], id: link.id, status: 'open' });
      assert.equal(JSON.stringify(listed.body).includes(tokenOf(link)), false);
    });

    test('opens only its form, showing the first name and nothing else of the record', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'odi' });
      const res = await kiosk<Body & { questionnaires: { definition: { id: string } }[] }>(
        'POST',
        '/api/kiosk/open',
        {
          token: tokenOf(link),
        },
      );
      assert.equal(res.status, 200);
      assert.equal(res.body.kind, 'questionnaire');
      assert.equal(res.body.givenName, 'Ada');
      assert.deepEqual(
        res.body.questionnaires.map((q) => q.definition.id),
        ['odi'],
      );
      const text = JSON.stringify(res.body);
      for (const secret of ['Lovelace', '1980-12-10', 'C-100', patientId])
        assert.equal(text.includes(secret), false, secret);
    });

    test("opens in the patient's language, else the clinic's, and so is the consent to sign", async () => {
      const open = async (id: string) => {
        const res = await assistant<Created>('POST', `/api/patients/${id}/kiosk-links`, { kind: 'intake' });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        return (await kiosk<Body>('POST', '/api/kiosk/open', { token: tokenOf(res.body) })).body.language;
      };
      assert.equal(await open(patientId), 'en', "the clinic's language when the patient has none");
      const japanese = (
        await owner<{ id: string }>('POST', '/api/patients', {
          ...patientInput(),
          chartNumber: 'C-JA',
          language: 'ja',
        })
      ).body.id;
      assert.equal(await open(japanese), 'ja');
      const clinic = await owner<{ version: number }>('GET', '/api/clinic');
      const italian = await owner('PATCH', '/api/clinic', { version: clinic.body.version, language: 'it' });
      assert.equal(italian.status, 200, JSON.stringify(italian.body));
      assert.equal(await open(patientId), 'it');
      assert.equal(await open(japanese), 'ja', "the patient's own language wins");
      const consent = await assistant<Created>('POST', `/api/patients/${japanese}/kiosk-links`, {
        kind: 'consent',
        consentType: 'treatment',
      });
      const shown = await kiosk<Body & { consent: { title: string } }>('POST', '/api/kiosk/open', {
        token: tokenOf(consent.body),
      });
      assert.equal(
        shown.body.consent.title,
        'カイロプラクティックの検査と施術への同意',
        'the consent in her language',
      );
      const back = await owner<{ version: number }>('GET', '/api/clinic');
      await owner('PATCH', '/api/clinic', { version: back.body.version, language: 'en' });
    });

    test('the token reaches nothing else: every staff route still needs a session', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'nprs' });
      const token = tokenOf(link);
      for (const url of [
        `/api/patients/${patientId}`,
        `/api/patients/${patientId}/questionnaires`,
        '/api/patients',
      ]) {
        const res = await app.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}`, cookie: `sotchart_session=${token}` },
        });
        assert.equal(res.statusCode, 401, url);
      }
      // Another kind of form cannot be sent with this link.
      const wrong = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token,
        kind: 'intake',
        intake: { complaint: 'Back pain' },
      });
      assert.equal(wrong.status, 400);
      assert.deepEqual(
        wrong.body.error?.details?.map((d) => d.path),
        ['kind'],
      );
    });

    test('a submitted questionnaire is scored on the server, stored per item, and uses the link up', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'odi' });
      const token = tokenOf(link);
      const invalid = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token,
        kind: 'questionnaire',
        answers: { ...odiAnswers, lifting: 7 },
      });
      assert.equal(invalid.status, 400);
      assert.deepEqual(
        invalid.body.error?.details?.map((d) => d.path),
        ['answers.lifting'],
      );
      const done = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token,
        kind: 'questionnaire',
        answers: odiAnswers,
      });
      assert.equal(done.status, 201, JSON.stringify(done.body));
      assert.deepEqual(done.body, {
        kind: 'questionnaire',
        receivedAt: '2026-03-02T14:30:00.000Z',
        remaining: 0,
      });
      const stored = await owner<{ source: string; score: { value: number }; answers: unknown[] }[]>(
        'GET',
        `/api/patients/${patientId}/questionnaires`,
      );
      const fromKiosk = stored.body.filter((r) => r.source === 'kiosk');
      assert.equal(fromKiosk.length, 1);
      assert.equal(fromKiosk[0]?.score.value, 35.6);
      assert.equal(fromKiosk[0]?.answers.length, 10);
      const again = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token,
        kind: 'questionnaire',
        answers: odiAnswers,
      });
      assert.equal(again.status, 410);
      assert.equal(again.body.error?.code, 'LINK_EXPIRED');
      const reopen = await kiosk<Body>('POST', '/api/kiosk/open', { token });
      assert.equal(reopen.status, 410);
      const listed = await assistant<{ id: string; status: string }[]>(
        'GET',
        `/api/patients/${patientId}/kiosk-links`,
      );
      assert.equal(listed.body.find((l) => l.id === link.id)?.status, 'used');
    });

    test('an expired or unknown link answers 410 LINK_EXPIRED', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'nprs', expiresInMinutes: 5 });
      const open = await kiosk<Body>('POST', '/api/kiosk/open', { token: tokenOf(link) });
      assert.equal(open.status, 200);
      clock.advance(5 * 60_000);
      try {
        const late = await kiosk<Body>('POST', '/api/kiosk/open', { token: tokenOf(link) });
        assert.equal(late.status, 410);
        assert.equal(late.body.error?.code, 'LINK_EXPIRED');
        const submit = await kiosk<Body>('POST', '/api/kiosk/submit', {
          token: tokenOf(link),
          kind: 'questionnaire',
          answers: { current: 4 },
        });
        assert.equal(submit.status, 410);
      } finally {
        clock.advance(-5 * 60_000);
      }
      const unknown = await kiosk<Body>('POST', '/api/kiosk/open', { token: 'A'.repeat(43) });
      assert.equal(unknown.status, 410);
      const malformed = await kiosk<Body>('POST', '/api/kiosk/open', { token: 'short' });
      assert.equal(malformed.status, 400);
    });

    test('audits the kiosk as the link: its clinic and patient, no user', async () => {
      const rows = await auditRows(patientId);
      const kinds = rows.map((r) => `${r.action} ${r.entity_type}`);
      assert.ok(kinds.includes('read kiosk_link'));
      assert.ok(kinds.includes('create questionnaire_response'));
      assert.ok(rows.every((r) => r.clinic_id === assistantUser.clinicId));
    });

    test('needs no CSRF token, and a browser that also holds a staff session must not send its cookie', async () => {
      const link = await newLink({ kind: 'questionnaire', instrumentId: 'nprs' });
      const withCookie = await app.inject({
        method: 'POST',
        url: '/api/kiosk/open',
        headers: { cookie: assistantUser.headers.cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ token: tokenOf(link) }),
      });
      // The session's CSRF check applies to any write that carries the session: the kiosk page sends no cookie.
      assert.equal(withCookie.statusCode, 403);
      const plain = await kiosk<Body>('POST', '/api/kiosk/open', { token: tokenOf(link) });
      assert.equal(plain.status, 200);
    });

    test('an intake form lands in the record for a clinician to review and merge into the history; an assistant sees only that it came', async () => {
      const link = await newLink({ kind: 'intake' });
      const opened = await kiosk<Body>('POST', '/api/kiosk/open', { token: tokenOf(link) });
      assert.equal(opened.body.kind, 'intake');
      const sent = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'intake',
        intake: {
          complaint: 'Low back pain since lifting a box',
          complaintStarted: 'Two weeks ago',
          painNow: 6,
          medications: ['Ibuprofen 200 mg as needed'],
          allergies: ['Penicillin'],
        },
      });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      type Listed = {
        id: string;
        kind: string;
        reviewedAt: string | null;
        intake: { painNow: number } | null;
      };
      const seen = await assistant<Listed[]>('GET', `/api/patients/${patientId}/kiosk-submissions`);
      const arrived = seen.body.find((s) => s.kind === 'intake');
      assert.equal(arrived?.reviewedAt, null);
      assert.equal(arrived?.intake, null, 'no complaint, pain score or history for an assistant');
      const refused = await assistant<Body>('POST', `/api/kiosk-submissions/${arrived?.id}/review`, {
        applyToHistory: true,
      });
      assert.equal(refused.status, 403);

      const pending = await owner<Listed[]>('GET', `/api/patients/${patientId}/kiosk-submissions`);
      const intake = pending.body.find((s) => s.kind === 'intake');
      assert.equal(intake?.intake?.painNow, 6);
      const historyBefore = await owner<{ version: number }>('GET', `/api/patients/${patientId}/history`);
      const reviewed = await owner<Body>('POST', `/api/kiosk-submissions/${intake?.id}/review`, {
        applyToHistory: true,
      });
      assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
      assert.equal(reviewed.body.appliedToHistory, true);
      const history = await owner<{
        version: number;
        history: { medications: string[]; allergies: string[] };
      }>('GET', `/api/patients/${patientId}/history`);
      assert.deepEqual(history.body.history.medications, ['Ibuprofen 200 mg as needed']);
      assert.deepEqual(history.body.history.allergies, ['Penicillin']);
      assert.equal(history.body.version, historyBefore.body.version + 1);
      const twice = await owner<Body>('POST', `/api/kiosk-submissions/${intake?.id}/review`, {});
      assert.equal(twice.status, 400);
    });

    test('a consent signed on screen becomes a consent record once staff accept it', async () => {
      const link = await newLink({ kind: 'consent', consentType: 'sot_blocking' });
      const opened = await kiosk<Body & { consent: { title: string; paragraphs: string[] } }>(
        'POST',
        '/api/kiosk/open',
        {
          token: tokenOf(link),
        },
      );
      assert.equal(opened.body.consent.title, 'Consent to Sacro-Occipital Technique (SOT) blocking');
      const empty = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'consent',
        signedName: 'Ada Lovelace',
        signature: { ...signature, strokes: [] },
      });
      assert.equal(empty.status, 400);
      const sent = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'consent',
        signedName: 'Ada Lovelace',
        signature,
      });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      const list = await assistant<
        { id: string; kind: string; consent: { signature: unknown; text: { type: string } } }[]
      >('GET', `/api/patients/${patientId}/kiosk-submissions`);
      const consent = list.body.find((s) => s.kind === 'consent');
      assert.deepEqual(consent?.consent.signature, signature);
      const reviewed = await assistant<{ consentId: string }>(
        'POST',
        `/api/kiosk-submissions/${consent?.id}/review`,
        {},
      );
      assert.equal(reviewed.status, 200);
      const consents = await assistant<{ id: string; type: string; signedBy: string; date: string }[]>(
        'GET',
        `/api/patients/${patientId}/consents`,
      );
      assert.deepEqual(
        consents.body.map((c) => [c.id, c.type, c.signedBy, c.date]),
        [[reviewed.body.consentId, 'sot_blocking', 'Ada Lovelace', '2026-03-02']],
      );
    });

    test("another clinic's staff cannot see or review this patient's kiosk records", async () => {
      const other = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      const links = await other<Body>('GET', `/api/patients/${patientId}/kiosk-links`);
      assert.equal(links.status, 404);
      const create = await other<Body>('POST', `/api/patients/${patientId}/kiosk-links`, { kind: 'intake' });
      assert.equal(create.status, 404);
      const list = await assistant<{ id: string }[]>('GET', `/api/patients/${patientId}/kiosk-submissions`);
      const review = await other<Body>('POST', `/api/kiosk-submissions/${list.body[0]?.id}/review`, {});
      assert.equal(review.status, 404);
    });
  });
}
