import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type {
  ClinicMessage,
  ClinicWording,
  Patient,
  PatientPage,
  SessionView,
  Visit,
} from '@sotchart/contract';
import {
  apiClient,
  createPatient,
  dialects,
  freshDatabase,
  insertClinic,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

for (const dialect of dialects) {
  describe(`languages on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let assistant: ApiCall;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const clinicId = await insertClinic(app);
      owner = await signIn(app, { role: 'owner', clinicId });
      api = apiClient(app, owner.headers);
      assistant = apiClient(app, (await signIn(app, { role: 'assistant', clinicId })).headers);
    });
    after(async () => {
      await app?.close();
      await database?.drop();
    });

    test('an error is answered in the Accept-Language of the request; English and unknown text stay as they are', async () => {
      const bad = (language: string) =>
        apiClient(app, { ...owner.headers, 'accept-language': language })<ErrorBody>(
          'POST',
          '/api/patients',
          {
            chartNumber: '',
            givenName: 'Ada',
            familyName: 'Lovelace',
            dateOfBirth: '1980-12-10',
            sex: 'female',
          },
        );
      const ja = await bad('ja-JP,ja;q=0.9,en;q=0.5');
      assert.equal(ja.status, 400);
      assert.equal(ja.body.error.message, 'リクエストが正しくありません。');
      assert.deepEqual(ja.body.error.details, [{ path: 'chartNumber', message: '必須です' }]);
      const de = await bad('de');
      assert.equal(de.body.error.message, 'Die Anfrage ist ungültig.');
      const en = await bad('en-GB');
      assert.equal(en.body.error.message, 'The request is not valid.');
      assert.deepEqual(en.body.error.details, [{ path: 'chartNumber', message: 'is required' }]);
      const pseudo = await bad('en-XA');
      assert.match(pseudo.body.error.message, /^⟦.*⟧$/u);
      const unknown = await apiClient(app, { ...owner.headers, 'accept-language': 'fr' })<ErrorBody>(
        'GET',
        '/api/nowhere',
      );
      assert.equal(unknown.body.error.code, 'NOT_FOUND');
    });

    test('a user sets their own language; the session carries it and the clinic language', async () => {
      assert.equal((await assistant('PATCH', '/api/me', { language: 'pt-BR' })).status, 204);
      const session = await assistant<SessionView>('GET', '/api/auth/session');
      assert.equal(session.body.user.language, 'pt-BR');
      assert.equal(session.body.clinic.language, 'en');
      const bad = await assistant<ErrorBody>('PATCH', '/api/me', { language: 'xx' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.details?.[0]?.path, 'language');
      assert.equal((await assistant<SessionView>('GET', '/api/auth/session')).body.user.language, 'pt-BR');
      assert.equal((await assistant('PATCH', '/api/me', { language: null })).status, 204);
      assert.equal((await assistant<SessionView>('GET', '/api/auth/session')).body.user.language, null);
    });

    test("a patient's language and name reading are kept, and search finds the reading in hiragana or katakana", async () => {
      const id = await createPatient(app, owner.headers, {
        chartNumber: 'JP-1',
        givenName: '花子',
        familyName: '山田',
        nameReading: 'やまだ はなこ',
        language: 'ja',
      });
      const read = await api<Patient>('GET', `/api/patients/${id}`);
      assert.equal(read.body.nameReading, 'やまだ はなこ');
      assert.equal(read.body.language, 'ja');
      for (const q of ['やまだ', 'ヤマダ', 'はなこ', 'ﾔﾏﾀﾞ', '山田']) {
        const found = await api<PatientPage>('GET', `/api/patients?q=${encodeURIComponent(q)}`);
        assert.deepEqual(
          found.body.items.map((p) => p.id),
          [id],
          `search "${q}"`,
        );
      }
      const changed = await api<Patient>('PATCH', `/api/patients/${id}`, {
        version: read.body.version,
        nameReading: 'やまもと はなこ',
      });
      assert.equal(changed.status, 200);
      assert.equal(
        (await api<PatientPage>('GET', `/api/patients?q=${encodeURIComponent('やまだ')}`)).body.items.length,
        0,
      );
      assert.equal(
        (await api<PatientPage>('GET', `/api/patients?q=${encodeURIComponent('やまもと')}`)).body.items
          .length,
        1,
      );
    });

    test("a note's language is fixed when it is signed, whatever the clinic's language becomes", async () => {
      const clinic = await api<{ version: number }>('GET', '/api/clinic');
      const toItalian = await api<{ language: string; version: number }>('PATCH', '/api/clinic', {
        version: clinic.body.version,
        language: 'it',
      });
      assert.equal(toItalian.body.language, 'it');
      const patientId = await createPatient(app, owner.headers, { chartNumber: 'IT-1' });
      const made = await api<Visit>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-01-06T10:00:00Z',
        type: 'follow_up',
      });
      assert.equal(made.body.noteLanguage, null);
      const saved = await api<Visit>('PATCH', `/api/visits/${made.body.id}`, {
        version: made.body.version,
        findings: screenAnswers(),
      });
      const signed = await api<Visit>('POST', `/api/visits/${made.body.id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.noteLanguage, 'it');
      await api('PATCH', '/api/clinic', { version: toItalian.body.version, language: 'de' });
      assert.equal((await api<Visit>('GET', `/api/visits/${made.body.id}`)).body.noteLanguage, 'it');
    });

    test('the owner words a message; only approved wording is served as approved; bad wording is refused, nothing stored', async () => {
      const ref = { language: 'ja', namespace: 'errors', key: 'is required' } as const;
      const draft = await api<ClinicMessage>('PUT', '/api/clinic/wording', {
        ...ref,
        text: '入力してください',
        status: 'draft',
      });
      assert.equal(draft.status, 200, JSON.stringify(draft.body));
      assert.equal(draft.body.version, 1);
      const approvedOnly = () => api<ClinicWording>('GET', '/api/clinic/wording?language=ja&approved=true');
      assert.deepEqual((await approvedOnly()).body.messages, []);
      const approved = await api<ClinicMessage>('PUT', '/api/clinic/wording', {
        ...ref,
        text: '入力してください',
        status: 'clinician-reviewed',
      });
      assert.equal(approved.body.version, 2);
      assert.deepEqual(
        (await approvedOnly()).body.messages.map((m) => [m.namespace, m.key, m.text]),
        [['errors', 'is required', '入力してください']],
      );

      const unknownKey = await api<ErrorBody>('PUT', '/api/clinic/wording', {
        ...ref,
        key: 'no such key',
        text: 'x',
        status: 'draft',
      });
      assert.equal(unknownKey.status, 400);
      assert.equal(unknownKey.body.error.details?.[0]?.path, 'key');
      const broken = await api<ErrorBody>('PUT', '/api/clinic/wording', {
        ...ref,
        text: '{unclosed',
        status: 'draft',
      });
      assert.equal(broken.status, 400);
      assert.equal(broken.body.error.details?.[0]?.path, 'text');
      const extraPlaceholder = await api<ErrorBody>('PUT', '/api/clinic/wording', {
        ...ref,
        text: '{name} 必須',
        status: 'draft',
      });
      assert.equal(extraPlaceholder.status, 400);
      assert.equal(extraPlaceholder.body.error.details?.[0]?.path, 'text');
      assert.equal((await approvedOnly()).body.messages[0]?.text, '入力してください');

      const refused = await assistant<ErrorBody>('PUT', '/api/clinic/wording', {
        ...ref,
        text: 'x',
        status: 'draft',
      });
      assert.equal(refused.status, 403);
      const query = new URLSearchParams(ref).toString();
      assert.equal((await api('DELETE', `/api/clinic/wording?${query}`)).status, 204);
      assert.deepEqual((await approvedOnly()).body.messages, []);
      assert.equal((await api('DELETE', `/api/clinic/wording?${query}`)).status, 404);
    });
  });
}
