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
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { chartPatient, type ChartedPatient } from '../../interop/interop-fixtures';
import { extractPdfText } from '../extract-pdf-text';

const coverage = [
  {
    rank: 'primary',
    insuranceType: 'group',
    payerName: 'Harbour Mutual Health Plan',
    insuredId: 'HMH123456789',
    insuredName: 'Lovelace, Ada',
    relationship: 'self',
    groupNumber: 'G-07100',
  },
  {
    rank: 'secondary',
    payerName: 'Lakeside Employers Trust',
    insuredId: 'LEH000042',
    insuredName: 'Lovelace, William',
    relationship: 'spouse',
  },
];

/** A confirmed service line: code, modifiers, 1-based pointers into the visit's diagnoses, units. */
const line = (code: string, pointers: number[]) => ({ code, modifiers: ['AT'], pointers, units: 1 });

for (const dialect of dialects) {
  describe(`CMS-1500 on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let charted: ChartedPatient;

    const get = (url: string, headers: Record<string, string> = owner.headers) =>
      app.inject({ method: 'GET', url, headers });
    const pdf = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      return extractPdfText(res.rawPayload);
    };
    const includesAll = (text: string, expected: readonly string[]) => {
      for (const value of expected) assert.ok(text.includes(value), `missing "${value}" in: ${text}`);
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const clinic = await api<{ version: number }>('GET', '/api/clinic');
      const billing = await api('PATCH', '/api/clinic', {
        version: clinic.body.version,
        name: 'Lakeside SOT Clinic',
        address: '9 Shore Road, Lakeside, IL 60000',
        taxId: '12-3456789',
        billingNpi: '1987654328',
      });
      assert.equal(billing.status, 200, JSON.stringify(billing.body));
      await database.handle.db
        .updateTable('app_user')
        .set({ name_as_signed: 'Ada Byron, DC', npi: '1234567893' })
        .where('id', '=', owner.userId)
        .execute();
      charted = await chartPatient(
        api,
        patientInput({ address: '1 Main St, Springfield, IL 62701', phone: '217 555 0100', coverage }),
      );
      const fees = await api('PUT', '/api/fee-schedule', {
        currency: 'USD',
        version: 0,
        entries: [{ code: '98941', amount: 65.5 }],
      });
      assert.equal(fees.status, 200, JSON.stringify(fees.body));
      const consent = await api('POST', `/api/patients/${charted.patientId}/consents`, {
        type: 'insurance_billing',
        date: '2026-02-02',
        signedBy: 'Ada Lovelace',
      });
      assert.equal(consent.status, 201, JSON.stringify(consent.body));
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('fills boxes 1–33 of a visit’s form from the patient, coverage, record and clinic', async () => {
      const { pages, text } = await pdf(`/api/visits/${charted.signedVisitId}/cms1500.pdf`);
      assert.equal(pages.length, 1);
      assert.deepEqual([pages[0]?.width, pages[0]?.height], [612, 792]);
      includesAll(text, [
        'HEALTH INSURANCE CLAIM FORM',
        'HARBOUR MUTUAL HEALTH PLAN', // payer, and 11c the plan name
        'HMH123456789', // 1a
        'LOVELACE, ADA', // 2 and 4
        '12 10 1980', // 3 (and 11a: the insured is the patient)
        '1 MAIN ST', // 5 and 7
        'SPRINGFIELD',
        '62701',
        '217 555 0100',
        'LOVELACE, WILLIAM', // 9
        'LEH000042', // 9a
        'LAKESIDE EMPLOYERS TRUST', // 9d
        'G-07100', // 11
        'SIGNATURE ON FILE', // 12 and 13
        '02 02 26 431', // 14: the episode's start, qualifier 431
        // 21: indicator 0, then the confirmed diagnoses A–E without their periods
        '0 M9905 M9904 M9903 M9902 M5450',
        // 24A–J: from and to, POS 11, CPT and modifier, pointers, charge, units, rendering NPI
        '02 03 26 02 03 26 11 98941 AT ABCD 65 50 1 1234567893',
        '12-3456789', // 25
        'C-100', // 26
        'ADA BYRON, DC', // 31
        'LAKESIDE SOT CLINIC', // 32 and 33
        '9 SHORE ROAD',
        'LAKESIDE IL 60000',
        '1987654328', // 32a and 33a
      ]);
      // 28: the total of the form's lines, dollars and cents in their two boxes, after the account number.
      assert.match(text, /C-100 .*65 50/);
    });

    test('prints in box 19 the date of an X-ray on file that documents the subluxation', async () => {
      const before = await pdf(`/api/visits/${charted.signedVisitId}/cms1500.pdf`);
      assert.ok(!before.text.includes('X-RAY'), 'no X-ray on file yet');
      const film = await api('POST', `/api/patients/${charted.patientId}/imaging`, {
        date: '2025-11-15',
        type: 'xray',
        region: 'Lumbopelvic',
        summary: 'Sacral base low on the right.',
        showsSubluxation: true,
        subluxationRegions: ['lumbar', 'sacral'],
      });
      assert.equal(film.status, 201, JSON.stringify(film.body));
      const { text } = await pdf(`/api/visits/${charted.signedVisitId}/cms1500.pdf`);
      includesAll(text, ['X-RAY 11 15 25']);
    });

    test('prints only the values for the pre-printed form', async () => {
      const { text } = await pdf(`/api/visits/${charted.signedVisitId}/cms1500.pdf?print=data`);
      assert.ok(!text.includes('HEALTH INSURANCE CLAIM FORM'));
      assert.ok(!text.includes('PATIENT'));
      includesAll(text, ['HMH123456789', 'LOVELACE, ADA', '98941', 'SIGNATURE ON FILE']);
    });

    test('spills a period of more than six service lines onto a second form', async () => {
      const row = await database.handle.db
        .selectFrom('visit')
        .select('record')
        .where('id', '=', charted.signedVisitId)
        .executeTakeFirstOrThrow();
      const record = JSON.parse(row.record) as { coding: { lines: unknown[] } };
      record.coding.lines = [
        line('98941', [1, 2, 3, 4]),
        ...['97110', '97112', '97140', '97530', '97014'].map((code) => ({
          ...line(code, [5]),
          modifiers: [],
        })),
        line('98943', [1]),
      ];
      await database.handle.db
        .updateTable('visit')
        .set({ record: JSON.stringify(record) })
        .where('id', '=', charted.signedVisitId)
        .execute();
      const { pages } = await pdf(
        `/api/patients/${charted.patientId}/cms1500.pdf?from=2026-02-01&to=2026-02-28`,
      );
      assert.equal(pages.length, 2);
      const [first = '', second = ''] = pages.map((p) => p.text);
      includesAll(first, ['98941 AT ABCD', '97110', '97014 E']);
      assert.ok(!first.includes('98943'));
      // Each form lists its visits' diagnoses again, so its letters stand on their own.
      includesAll(second, ['0 M9905 M9904 M9903 M9902 M5450', '98943 AT A', 'LOVELACE, ADA']);
      assert.ok(!second.includes('98941'));
    });

    test('refuses a draft visit, a patient without coverage, and an empty period', async () => {
      assert.equal((await get(`/api/visits/${charted.draftVisitId}/cms1500.pdf`)).statusCode, 400);
      const bare = await api<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'NO-COV' }),
      );
      const res = await get(`/api/patients/${bare.body.id}/cms1500.pdf`);
      assert.equal(res.statusCode, 400);
      const empty = await get(`/api/patients/${charted.patientId}/cms1500.pdf?from=2027-01-01`);
      assert.equal(empty.statusCode, 400);
      const backwards = await get(
        `/api/patients/${charted.patientId}/cms1500.pdf?from=2026-03-01&to=2026-02-01`,
      );
      assert.equal(backwards.statusCode, 400);
    });

    test('refuses assistants and audits each form as an export', async () => {
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      const res = await get(`/api/visits/${charted.signedVisitId}/cms1500.pdf`, assistant.headers);
      assert.equal(res.statusCode, 403);
      await new Promise((r) => setTimeout(r, 20));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['action', 'patient_id'])
        .where('entity_type', '=', 'claim_form')
        .execute();
      assert.ok(rows.length >= 3);
      assert.ok(rows.every((r) => r.action === 'export' && r.patient_id === charted.patientId));
    });

    test('switches the claim form and superbill off outside the United States', async () => {
      const clinic = await api<{ version: number }>('GET', '/api/clinic');
      await api('PATCH', '/api/clinic', { version: clinic.body.version, country: 'gb' });
      for (const url of [
        `/api/visits/${charted.signedVisitId}/cms1500.pdf`,
        `/api/patients/${charted.patientId}/cms1500.pdf`,
        `/api/visits/${charted.signedVisitId}/superbill.pdf`,
        `/api/patients/${charted.patientId}/superbill.pdf`,
      ])
        assert.equal((await get(url)).statusCode, 404, url);
    });
  });
}
