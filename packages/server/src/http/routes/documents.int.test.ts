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
  type TestDatabase,
} from '@sotchart/test-support';
import { createHash } from 'node:crypto';
import { buildApp } from '../../app';
import { extractPdfText } from '../../reports/extract-pdf-text';

/** A Category II pre-check (arm–fossa positive on the right, REFERENCE §2–3) cleared at the post-check. */
const categoryTwo = [
  ...screenAnswers(),
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

const record = {
  subjective: 'Right sacroiliac pain climbing stairs, 6/10.',
  treatment: {
    blocks: [
      { side: 'R', landmark: 'iliac_crest', minutes: 4 },
      { side: 'L', landmark: 'trochanter', minutes: 4 },
    ],
    adjustments: [{ segment: 'SA', technique: 'Category II sacroiliac blocking' }],
  },
  part: [
    { segment: 'SA', letters: ['P', 'A'] },
    { segment: 'L5', letters: ['P', 'T'] },
  ],
  assessment: 'Category II right, responding to blocking.',
  homeCare: 'Walk twenty minutes daily. Ice the right hip after activity.',
};

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

interface Pdf {
  status: number;
  type: string;
  disposition: string;
  sha256Header: string;
  etag: string;
  bytes: Buffer;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

for (const dialect of dialects) {
  describe(`PDF documents on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: ApiCall;
    let headers: Record<string, string>;
    let assistantHeaders: Record<string, string>;
    let patientId: string;
    let visitId: string;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    const get = async (url: string, as: Record<string, string> = headers): Promise<Pdf> => {
      const res = await app.inject({ method: 'GET', url, headers: as });
      return {
        status: res.statusCode,
        type: String(res.headers['content-type']),
        disposition: String(res.headers['content-disposition']),
        sha256Header: String(res.headers['x-content-sha256']),
        etag: String(res.headers.etag),
        bytes: res.rawPayload,
      };
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const signedIn = await signIn(app, { role: 'owner', displayName: 'Dr Grace Hopper' });
      headers = signedIn.headers;
      owner = apiClient(app, headers);
      assistantHeaders = (await signIn(app, { role: 'assistant', clinicId: signedIn.clinicId })).headers;
      await app.auth.db
        .updateTable('clinic')
        .set({ name: 'Lakeside SOT Clinic', address: '1 Lake Street, Madison' })
        .where('id', '=', signedIn.clinicId)
        .execute();
      await app.auth.db
        .updateTable('app_user')
        .set({
          name_as_signed: 'Grace Hopper, DC',
          degree: 'DC',
          licence_number: 'DC-4242',
          licence_state: 'WI',
          npi: '1234567893',
        })
        .where('id', '=', signedIn.userId)
        .execute();
      patientId = (await owner<{ id: string }>('POST', '/api/patients', patientInput())).body.id;
      const episode = await owner<{ id: string }>('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-02-02',
        complaint: 'Right sacroiliac pain',
        onset: 'subacute',
        plan: {
          visitsPerWeek: 1,
          durationWeeks: 6,
          goals: [
            { description: 'Climb stairs without pain', target: 'NPRS 2 or less', targetDate: '2026-03-16' },
          ],
          reExamDate: '2026-03-02',
        },
      });
      const base = await owner<{ id: string; version: number }>('POST', `/api/patients/${patientId}/visits`, {
        episodeId: episode.body.id,
        visitAt: '2026-02-02T15:00:00.000Z',
        type: 'new_patient',
      });
      const visit = await owner<{ id: string; version: number }>(
        'POST',
        `/api/patients/${patientId}/visits`,
        {
          episodeId: episode.body.id,
          visitAt: '2026-03-02T15:00:00.000Z',
          type: 're_exam',
          chiefComplaint: 'Right sacroiliac pain on stairs',
        },
      );
      visitId = visit.body.id;
      const saved = await owner<{ version: number }>('PATCH', `/api/visits/${visitId}`, {
        version: visit.body.version,
        pain: 6,
        findings: categoryTwo,
        record,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await owner('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'odi',
        answers: { ...odiAnswers, lifting: 5, walking: 3, sitting: 4 },
        administeredAt: '2026-02-02T14:50:00.000Z',
      });
      await owner('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'odi',
        answers: odiAnswers,
        administeredAt: '2026-03-02T14:50:00.000Z',
      });
      const signed = await owner('POST', `/api/visits/${visitId}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200);
      assert.equal(base.status, 201);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('the visit note carries the patient, findings, analysis, PART, scores and the signature', async () => {
      const pdf = await get(`/api/visits/${visitId}/note.pdf`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.type, 'application/pdf');
      assert.match(pdf.disposition, /^attachment; filename="visit-note-ada-lovelace-2026-03-02\.pdf"$/);
      const { text, pages } = await extractPdfText(pdf.bytes);
      for (const expected of [
        'Lakeside SOT Clinic',
        '1 Lake Street, Madison',
        'Grace Hopper, DC',
        'DC · Licence WI DC-4242 · NPI 1234567893',
        'Ada Lovelace (chart C-100)',
        'Right sacroiliac pain on stairs',
        'Arm–fossa test, upper fossa: left negative; right positive (cleared after treatment).',
        'Leg check (functional short leg): left leg 5 mm short; not re-checked after treatment.',
        'The findings fit SOT Category II, right',
        'Rule certainty: sourced.',
        'Oswestry Disability Index',
        '35.6 %',
        '-13.3, improved',
        'PART: SA P, A; L5 P, T (incomplete).',
        'IL: Needs A or R',
        'block 1 under the right iliac crest',
        'Walk twenty minutes daily.',
        'Next visit in about 7 days (1 a week for 6 weeks).',
        'Electronically signed by Grace Hopper, DC',
        'Protocol: sot-standard@',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
      for (const section of ['S — Subjective', 'O — Objective', 'A — Assessment', 'P — Plan'])
        assert.equal(text.split(section).length, 2, `${section} once in: ${text}`);
      const [body = ''] = text.split('Protocol: ');
      for (const absent of ['sot-standard@', 'category_II', 'priority_', 'recorded'])
        assert.ok(!body.includes(absent), `"${absent}" in the body: ${body}`);
      assert.equal(pages[0]?.width, 612);
    });

    test('a signed note is served as stored, with its SHA-256, whatever page size is asked', async () => {
      const first = await get(`/api/visits/${visitId}/note.pdf`);
      clock.advance(60_000);
      const second = await get(`/api/visits/${visitId}/note.pdf?pageSize=a4`);
      clock.advance(-60_000);
      assert.equal(first.bytes.equals(second.bytes), true);
      assert.equal(first.sha256Header, sha256(first.bytes));
      assert.equal(first.etag, `"${sha256(first.bytes)}"`);
      const { pages } = await extractPdfText(second.bytes);
      assert.deepEqual([Math.round(pages[0]?.width ?? 0), Math.round(pages[0]?.height ?? 0)], [612, 792]);
    });

    test('an addendum is its own signed PDF with its own hash, and the note stays byte for byte', async () => {
      const before = await get(`/api/visits/${visitId}/note.pdf`);
      const added = await owner<{ seq: number; sha256: string }>('POST', `/api/visits/${visitId}/addenda`, {
        text: 'Patient called: pain eased the next day.',
      });
      assert.equal(added.status, 201);
      const after = await get(`/api/visits/${visitId}/note.pdf`);
      assert.equal(before.bytes.equals(after.bytes), true);
      const addendum = await get(`/api/visits/${visitId}/addenda/1.pdf`);
      assert.equal(addendum.status, 200);
      assert.match(
        addendum.disposition,
        /^attachment; filename="visit-addendum-1-ada-lovelace-2026-03-02\.pdf"$/,
      );
      assert.equal(addendum.sha256Header, sha256(addendum.bytes));
      assert.equal(added.body.sha256, sha256(addendum.bytes));
      assert.notEqual(addendum.sha256Header, before.sha256Header);
      const list = await owner<{ seq: number; sha256: string }[]>('GET', `/api/visits/${visitId}/addenda`);
      assert.deepEqual(
        list.body.map((a) => [a.seq, a.sha256]),
        [[1, sha256(addendum.bytes)]],
      );
      const { text } = await extractPdfText(addendum.bytes);
      for (const expected of [
        'Addendum 1 to the visit note',
        'Patient called: pain eased the next day.',
        'Electronically signed by Grace Hopper, DC',
        'DC · Licence WI DC-4242 · NPI 1234567893',
        sha256(before.bytes),
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
      assert.equal((await get(`/api/visits/${visitId}/addenda/2.pdf`)).status, 404);
      assert.equal((await get(`/api/visits/${visitId}/addenda/zero.pdf`)).status, 400);
    });

    test('the patient handout explains SOT and the category in plain words, with the home care', async () => {
      const pdf = await get(`/api/visits/${visitId}/handout.pdf`);
      assert.equal(pdf.status, 200);
      const { text } = await extractPdfText(pdf.bytes);
      for (const expected of [
        'Ada, your visit on 2 Mar 2026',
        'What is SOT?',
        'padded wedges',
        'Category II',
        'sacroiliac',
        'Walk twenty minutes daily',
        'Ice the right hip after activity',
        'research on SOT is limited',
        'Grace Hopper, DC',
      ])
        assert.ok(text.includes(expected), `missing "${expected}"`);
    });

    test('the progress report shows scores with their change, categories, clearing and goals', async () => {
      const pdf = await get(
        `/api/patients/${patientId}/progress-report.pdf?from=2026-02-01&to=2026-03-02&pageSize=letter`,
      );
      assert.equal(pdf.status, 200);
      const { text } = await extractPdfText(pdf.bytes);
      for (const expected of [
        'Progress report',
        'Ada Lovelace · 1 Feb 2026 – 2 Mar 2026',
        'Oswestry Disability Index',
        '48.9 %',
        '35.6 %',
        '-13.3 points — improved',
        'Important improvement from baseline 48.9 %',
        'Categories over visits',
        'Category II, right side (supported)',
        'Arm–fossa',
        '1 (100%)',
        'Climb stairs without pain',
        'NPRS 2 or less',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
      const bad = await owner<{ error: { details: { path: string }[] } }>(
        'GET',
        `/api/patients/${patientId}/progress-report.pdf?from=2026-03-05&to=2026-03-01`,
      );
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.error.details.map((d) => d.path),
        ['query.from'],
      );
    });

    test('documents need clinical access, and each download is audited as an export', async () => {
      const forbidden = await get(`/api/visits/${visitId}/note.pdf`, assistantHeaders);
      assert.equal(forbidden.status, 403);
      const exports = await app.auth.db
        .selectFrom('audit_log')
        .select(['entity_type'])
        .where('action', '=', 'export')
        .where('patient_id', '=', patientId)
        .execute();
      assert.deepEqual([...new Set(exports.map((e) => e.entity_type))].sort(), [
        'addendum',
        'patient_handout',
        'progress_report',
        'visit_note',
      ]);
    });
  });
}
