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

interface ErrorBody {
  error: { code: string; details?: { path: string }[] };
}

const primary = {
  rank: 'primary',
  insuranceType: 'group',
  payerName: 'Harbour Mutual Health Plan',
  insuredId: 'HMH123456789',
  insuredName: 'Lovelace, Ada',
  relationship: 'self',
  groupNumber: 'G-07100',
};
const secondary = {
  rank: 'secondary',
  payerName: 'Lakeside Employers Health Trust',
  payerId: '99902',
  insuredId: 'LEH000042',
  insuredName: 'Lovelace, William',
  relationship: 'spouse',
  insuredDateOfBirth: '1979-05-02',
  insuredSex: 'male',
};

for (const dialect of dialects) {
  describe(`patient coverage and clinic billing facts on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('registers a patient with coverage and reads it with the patient, defaults filled', async () => {
      const created = await api<{ id: string; coverage: unknown[] }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'COV-1', coverage: [primary] }),
      );
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const read = await api<{ coverage: unknown[] }>('GET', `/api/patients/${created.body.id}`);
      assert.deepEqual(read.body.coverage, [
        {
          ...primary,
          payerId: null,
          insuredDateOfBirth: null,
          insuredSex: null,
          insuredAddress: null,
        },
      ]);
      const none = await api<{ coverage: unknown[] }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'COV-2' }),
      );
      assert.deepEqual(none.body.coverage, []);
    });

    test('replaces the coverage list as a versioned patient write, refusing a stale version', async () => {
      const created = await api<{ id: string; version: number }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'COV-3', coverage: [primary] }),
      );
      const url = `/api/patients/${created.body.id}`;
      const saved = await api<{ version: number; coverage: { rank: string; insuredSex: string | null }[] }>(
        'PATCH',
        url,
        { version: created.body.version, coverage: [primary, secondary] },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.version, created.body.version + 1);
      assert.deepEqual(
        saved.body.coverage.map((c) => [c.rank, c.insuredSex]),
        [
          ['primary', null],
          ['secondary', 'male'],
        ],
      );
      const stale = await api<ErrorBody>('PATCH', url, { version: created.body.version, coverage: [] });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'VERSION_CONFLICT');
      const cleared = await api<{ coverage: unknown[] }>('PATCH', url, {
        version: saved.body.version,
        coverage: [],
      });
      assert.deepEqual(cleared.body.coverage, []);
      const audited = await database.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'patient')
        .where('patient_id', '=', created.body.id)
        .execute();
      assert.deepEqual(
        audited.map((r) => r.action),
        ['create', 'update', 'update'],
      );
    });

    const badCoverage: [string, unknown[], string][] = [
      ['an insured id is missing', [{ ...primary, insuredId: '' }], 'coverage.0.insuredId'],
      [
        'a relationship is not on the form',
        [{ ...primary, relationship: 'cousin' }],
        'coverage.0.relationship',
      ],
      ['two primaries', [primary, { ...secondary, rank: 'primary' }], 'coverage.1.rank'],
      ['a secondary without a primary', [secondary], 'coverage.0.rank'],
      [
        'a birth date that does not exist',
        [{ ...primary, insuredDateOfBirth: '1980-02-30' }],
        'coverage.0.insuredDateOfBirth',
      ],
    ];
    for (const [why, coverage, path] of badCoverage)
      test(`refuses coverage where ${why}, naming ${path}`, async () => {
        const res = await api<ErrorBody>(
          'POST',
          '/api/patients',
          patientInput({ chartNumber: `BAD-${path}`, coverage }),
        );
        assert.equal(res.status, 400);
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
        assert.ok(
          res.body.error.details?.some((d) => d.path === path),
          JSON.stringify(res.body.error.details),
        );
      });

    test('reads and saves the clinic billing facts; new clinics are US offices', async () => {
      const clinic = await api<Record<string, unknown> & { version: number }>('GET', '/api/clinic');
      assert.deepEqual(
        [
          clinic.body.country,
          clinic.body.taxId,
          clinic.body.taxIdType,
          clinic.body.billingNpi,
          clinic.body.placeOfService,
        ],
        ['US', null, 'ein', null, '11'],
      );
      const saved = await api<Record<string, unknown>>('PATCH', '/api/clinic', {
        version: clinic.body.version,
        taxId: '12-3456789',
        billingNpi: '1234567893',
        placeOfService: '12',
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        [saved.body.taxId, saved.body.billingNpi, saved.body.placeOfService],
        ['12-3456789', '1234567893', '12'],
      );
    });

    const badBilling: [Record<string, unknown>, string][] = [
      [{ billingNpi: '1234567890' }, 'billingNpi'],
      [{ taxId: '12-34' }, 'taxId'],
      [{ placeOfService: 'office' }, 'placeOfService'],
      [{ country: 'USA' }, 'country'],
      [{ taxIdType: 'itin' }, 'taxIdType'],
    ];
    for (const [patch, path] of badBilling)
      test(`refuses a clinic ${path} that is not well formed`, async () => {
        const res = await api<ErrorBody>('PATCH', '/api/clinic', { version: 1, ...patch });
        assert.equal(res.status, 400);
        assert.deepEqual(
          res.body.error.details?.map((d) => d.path),
          [path],
        );
      });

    test('shows an assistant only the last 4 digits of the tax ID', async () => {
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      const read = await apiClient(app, assistant.headers)<{ taxId: string }>('GET', '/api/clinic');
      assert.equal(read.body.taxId, '•••6789');
    });

    test('lets only the owner change the billing facts', async () => {
      const practitioner = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      const res = await apiClient(app, practitioner.headers)('PATCH', '/api/clinic', {
        version: 2,
        country: 'GB',
      });
      assert.equal(res.status, 403);
    });
  });
}
