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
import type { CodingSuggestion } from '@sotchart/engine';
import { buildApp } from '../app';
import { chartPatient, type ChartedPatient } from '../interop/interop-fixtures';
import { extractPdfText } from './extract-pdf-text';

for (const dialect of dialects) {
  describe(`superbill on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let charted: ChartedPatient;

    const pdfText = async (url: string, headers: Record<string, string> = owner.headers) => {
      const res = await app.inject({ method: 'GET', url, headers });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      return (await extractPdfText(res.rawPayload)).text;
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const db = database.handle.db;
      await db
        .updateTable('clinic')
        .set({ name: 'Lakeside SOT Clinic', address: '9 Shore Road, Lakeside, IL 60000' })
        .where('id', '=', owner.clinicId)
        .execute();
      await db
        .updateTable('app_user')
        .set({
          name_as_signed: 'Ada Byron, DC',
          degree: 'DC',
          licence_number: 'DC-4242',
          licence_state: 'IL',
          npi: '1234567893',
        })
        .where('id', '=', owner.userId)
        .execute();
      charted = await chartPatient(
        api,
        patientInput({ address: '1 Main St, Springfield', phone: '217 555 0100' }),
      );
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('stores the confirmed codes the practitioner chose from the suggestions', async () => {
      const visit = await api<{ record: { coding: unknown }; engine: { coding: CodingSuggestion | null } }>(
        'GET',
        `/api/visits/${charted.signedVisitId}`,
      );
      assert.deepEqual(visit.body.record.coding, {
        diagnoses: ['M99.05', 'M99.04', 'M99.03', 'M99.02', 'M54.50'],
        lines: [{ code: '98941', modifiers: ['AT'], pointers: [1, 2, 3, 4], units: 1 }],
        overrides: [
          { rule: 'part.documented', reason: 'T4 contact only; PART charted at the adjusted segments.' },
        ],
      });
      // The visit's own stored suggestion (the one the screen, the note and the exports show) for what was
      // charted: SA and L5 by hand, T4 by instrument, blocking at IL and cranial work.
      const suggestion = visit.body.engine.coding;
      assert.deepEqual(
        suggestion?.diagnoses.map((d) => d.code),
        ['M99.02', 'M99.03', 'M99.04', 'M99.05', 'M99.00'],
      );
      assert.deepEqual(
        suggestion?.procedures.map((p) => p.code),
        ['98941', '98943'],
      );
      assert.equal(suggestion?.modifier.code, 'AT');
    });

    test('shows the coding suggestion in the visit note PDF only where it differs from the confirmed codes', async () => {
      const text = await pdfText(`/api/visits/${charted.signedVisitId}/note.pdf`);
      for (const expected of [
        'Suggested diagnoses',
        // The Impulse adjustment at T4 is treatment of the thoracic region (issue 19: it used to be left out).
        'M99.02 (thoracic region)',
        'M99.03 (lumbar region)',
        'Suggested procedures',
        '98941 (thoracic, lumbar, sacral, pelvic)',
        '98943 (head)',
        '98941 AT (dx 1, 2, 3, 4)',
        'PART check',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
      // AT is confirmed on the CMT line, so the note does not repeat it as a suggestion.
      assert.ok(!text.includes('Suggested modifier'), `unexpected "Suggested modifier" in: ${text}`);
    });

    test('prints the clinic tax ID, place of service and NPI, and no fee column before a fee schedule', async () => {
      await database.handle.db
        .updateTable('clinic')
        .set({ tax_id: '12-3456789', place_of_service: '11' })
        .where('id', '=', owner.clinicId)
        .execute();
      const text = await pdfText(`/api/visits/${charted.signedVisitId}/superbill.pdf?pageSize=letter`);
      for (const expected of ['Tax ID 12-3456789 (EIN)', 'Place of service 11', 'NPI 1234567893', '98941'])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
      for (const absent of ['Fee', 'Total charges', '$'])
        assert.ok(!text.includes(absent), `unexpected "${absent}" in: ${text}`);
    });

    test('saves a fee schedule, refusing a stale version', async () => {
      const empty = await api<{ version: number }>('GET', '/api/fee-schedule');
      assert.deepEqual(empty.body, { currency: 'USD', entries: [], version: 0 });
      const saved = await api<{ version: number }>('PUT', '/api/fee-schedule', {
        currency: 'usd',
        version: 0,
        entries: [
          { code: '98940', modifier: 'AT', amount: 55 },
          { code: '98940', amount: 50 },
          { code: '98941', amount: 65.5 },
        ],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.version, 1);
      const stale = await api<{ error: { code: string } }>('PUT', '/api/fee-schedule', {
        currency: 'USD',
        version: 0,
        entries: [],
      });
      assert.equal(stale.status, 409);
      const duplicate = await api<{ error: { code: string } }>('PUT', '/api/fee-schedule', {
        currency: 'USD',
        version: 1,
        entries: [
          { code: '98940', amount: 1 },
          { code: '98940', amount: 2 },
        ],
      });
      assert.equal(duplicate.status, 400);
      const practitioner = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      const denied = await apiClient(app, practitioner.headers)('PUT', '/api/fee-schedule', {
        currency: 'USD',
        version: 1,
        entries: [],
      });
      assert.equal(denied.status, 403);
    });

    test('prints a visit superbill: clinic, credentials, patient, confirmed codes, modifiers and fees', async () => {
      const text = await pdfText(`/api/visits/${charted.signedVisitId}/superbill.pdf?pageSize=letter`);
      for (const expected of [
        'Superbill',
        'Lakeside SOT Clinic',
        '9 Shore Road, Lakeside, IL 60000',
        'Ada Byron, DC',
        'Licence IL DC-4242',
        'NPI 1234567893',
        'Ada Lovelace',
        'C-100',
        '1980-12-10',
        'M99.05',
        'Segmental and somatic dysfunction, pelvic region',
        'M99.04',
        '98941',
        'AT',
        'ABCD',
        '$65.50',
        'Total charges: $65.50',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    });

    test('prints a period superbill of signed visits, and marks a draft visit’s superbill', async () => {
      const period = await pdfText(
        `/api/patients/${charted.patientId}/superbill.pdf?from=2026-02-01&to=2026-02-28`,
      );
      assert.ok(period.includes('2026-02-01 to 2026-02-28'));
      assert.ok(period.includes('2026-02-03'));
      assert.ok(period.includes('Total charges: $65.50'));
      const draft = await pdfText(`/api/visits/${charted.draftVisitId}/superbill.pdf`);
      assert.ok(draft.includes('not signed yet'));
      assert.ok(draft.includes('No procedure code confirmed'));
    });

    test('refuses assistants and audits each superbill', async () => {
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      const res = await app.inject({
        method: 'GET',
        url: `/api/visits/${charted.signedVisitId}/superbill.pdf`,
        headers: assistant.headers,
      });
      assert.equal(res.statusCode, 403);
      await new Promise((r) => setTimeout(r, 20));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select('patient_id')
        .where('entity_type', '=', 'superbill')
        .execute();
      assert.ok(rows.length >= 3);
      assert.ok(rows.every((r) => r.patient_id === charted.patientId));
    });
  });
}
