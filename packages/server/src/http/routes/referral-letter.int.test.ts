import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { extractPdfText } from '../../reports/extract-pdf-text';

type Body = { id: string; version: number } & Record<string, unknown>;

/** The cauda equina screen question, as the default pack asks it (REFERENCE §7). */
const caudaEquinaQuestion =
  'Saddle anaesthesia, new bladder or bowel dysfunction, anal sphincter laxity, or severe or progressive leg weakness?';

for (const dialect of dialects) {
  describe(`referral letter and referral wording on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let patientId: string;
    let visitId: string;
    let version: number;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    const pdfText = async (url: string, headers: Record<string, string> = owner.headers) => {
      const res = await app.inject({ method: 'GET', url, headers });
      return {
        status: res.statusCode,
        text: res.statusCode === 200 ? (await extractPdfText(res.rawPayload)).text : '',
      };
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      owner = await signIn(app, { role: 'owner', displayName: 'Dr Grace Hopper' });
      api = apiClient(app, owner.headers);
      patientId = (await api<Body>('POST', '/api/patients', patientInput())).body.id;
      const created = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-02T15:00:00.000Z',
        type: 'follow_up',
        chiefComplaint: 'Low back pain with saddle numbness since yesterday',
      });
      visitId = created.body.id;
      const saved = await api<Body>('PATCH', `/api/visits/${visitId}`, {
        version: created.body.version,
        findings: screenAnswers(['rf_cauda_equina']),
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      version = saved.body.version;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('the note says "Referral recommended", and never "referred", before the referral is recorded', async () => {
      const { status, text } = await pdfText(`/api/visits/${visitId}/note.pdf`);
      assert.equal(status, 200);
      assert.ok(text.includes('Referral recommended'), text);
      assert.ok(text.includes('Emergency — emergency department now'), text);
      assert.doesNotMatch(text, /referred/i);
    });

    test('the letter carries the urgency, the flag by name and question, the patient and the disclaimer', async () => {
      const { status, text } = await pdfText(`/api/visits/${visitId}/referral-letter.pdf`);
      assert.equal(status, 200);
      for (const expected of [
        'To the receiving clinician',
        'Ada Lovelace',
        '10 Dec 1980',
        'C-100',
        'EMERGENCY',
        'emergency department now',
        'Cauda equina',
        caudaEquinaQuestion,
        'Low back pain with saddle numbness since yesterday',
        'SOT findings are not a diagnosis',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    });

    test('once the referral is recorded, the letter is addressed to it and the note says where and how', async () => {
      const recorded = await api<Body>('PATCH', `/api/visits/${visitId}`, {
        version,
        record: {
          referral: {
            to: 'Emergency department, City General Hospital',
            method: 'emergency_services',
            at: '2026-03-02T15:20:00.000Z',
            urgency: 'emergency',
          },
        },
      });
      assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
      const letter = await pdfText(`/api/visits/${visitId}/referral-letter.pdf`);
      assert.ok(letter.text.includes('Emergency department, City General Hospital'), letter.text);
      assert.ok(!letter.text.includes('To the receiving clinician'));
      const note = await pdfText(`/api/visits/${visitId}/note.pdf`);
      assert.ok(
        note.text.includes(
          'Referred to Emergency department, City General Hospital (emergency services) on 2 Mar 2026, emergency.',
        ),
        note.text,
      );
      assert.ok(!note.text.includes('Referral recommended'));
    });

    test('a visit without a red flag has no letter (404), and the letter needs clinical access and is audited', async () => {
      const plain = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: '2026-03-03T15:00:00.000Z',
        type: 'follow_up',
      });
      assert.equal((await pdfText(`/api/visits/${plain.body.id}/referral-letter.pdf`)).status, 404);
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      assert.equal(
        (await pdfText(`/api/visits/${visitId}/referral-letter.pdf`, assistant.headers)).status,
        403,
      );
      const audited = await app.auth.db
        .selectFrom('audit_log')
        .select('entity_ids')
        .where('action', '=', 'export')
        .where('entity_type', '=', 'referral_letter')
        .execute();
      assert.equal(audited.length, 2);
      assert.ok(audited.every((row) => row.entity_ids.includes(visitId)));
    });
  });
}
