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
import { buildApp } from '../../app';

type Body = { id: string; version: number } & Record<string, unknown>;
interface Detail {
  path: string;
  rule?: string;
  overridable?: boolean;
  message: string;
}
type Refusal = { error: { code: string; details: Detail[] } };

/** L5 and SA adjusted with PART met at both: two spinal regions (lumbar, sacral), so 98940. */
const twoRegions = {
  treatment: {
    adjustments: [
      { segment: 'L5', technique: 'Drop table' },
      { segment: 'SA', technique: 'Category II blocking' },
    ],
  },
  part: [
    { segment: 'L5', letters: ['P', 'A'] },
    { segment: 'SA', letters: ['P', 'R'] },
  ],
};
const correctCoding = {
  diagnoses: ['M99.03', 'M99.04', 'M54.50'],
  lines: [{ code: '98940', modifiers: ['AT'], pointers: [1, 2, 3], units: 1 }],
  overrides: [],
};

for (const dialect of dialects) {
  describe(`coding checks at confirmation and signing on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let patientId: string;
    let episodeId: string;

    /** A saved draft visit with the whole screen answered and `record` charted. */
    const draft = async (
      record: Record<string, unknown>,
      patient: { patientId: string; episodeId: string | null } = { patientId, episodeId },
    ) => {
      const created = await api<Body>('POST', `/api/patients/${patient.patientId}/visits`, {
        episodeId: patient.episodeId,
        visitAt: '2026-03-02T15:00:00.000Z',
        type: 'follow_up',
        chiefComplaint: 'Low back pain',
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const saved = await api<Body & { codingProblems?: Detail[] }>(
        'PATCH',
        `/api/visits/${created.body.id}`,
        {
          version: created.body.version,
          findings: screenAnswers(),
          record,
        },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      return saved.body;
    };
    const sign = (visit: Body) =>
      api<Refusal & Body>('POST', `/api/visits/${visit.id}/sign`, { version: visit.version, attest: true });
    const refusedRules = (body: Refusal) => body.error.details.map((d) => [d.rule, d.overridable]);

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(
        testAppOptions(database.handle, { clock: fixedClock('2026-03-02T16:00:00.000Z') }),
      );
      const owner = await signIn(app, { role: 'owner' });
      api = apiClient(app, owner.headers);
      const patient = await api<Body>('POST', '/api/patients', patientInput());
      patientId = patient.body.id;
      const episode = await api<Body>('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-02-01',
        complaint: 'Low back pain',
        onset: 'acute',
        abnDate: '2026-02-01',
      });
      assert.equal(episode.status, 201, JSON.stringify(episode.body));
      episodeId = episode.body.id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('answers a draft save with the problems and does not refuse it', async () => {
      const saved = await draft({
        ...twoRegions,
        coding: { ...correctCoding, diagnoses: ['M99.03', 'M99.04', 'XYZ'] },
      });
      assert.deepEqual(
        saved.codingProblems?.map((p) => [p.rule, p.path]),
        [['icd10.format', 'diagnoses.2']],
      );
    });

    test("takes the clinic's own ICD-10-CM codes as known", async () => {
      const coding = { ...correctCoding, diagnoses: ['M99.03', 'M99.04', 'M54.50', 'M62.81'] };
      const before = await draft({ ...twoRegions, coding });
      assert.deepEqual(
        before.codingProblems?.map((p) => [p.rule, p.path]),
        [['icd10.known', 'diagnoses.3']],
      );
      const empty = await api<Body>('GET', '/api/clinic/diagnosis-codes');
      assert.deepEqual(empty.body, { codes: [], version: 0 });
      const saved = await api<Body>('PUT', '/api/clinic/diagnosis-codes', {
        version: 0,
        codes: [{ code: 'm62.81', description: 'General muscle weakness' }],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body, {
        codes: [{ code: 'M62.81', description: 'General muscle weakness' }],
        version: 1,
      });
      const stale = await api<Body>('PUT', '/api/clinic/diagnosis-codes', { version: 0, codes: [] });
      assert.equal(stale.status, 409);
      const after = await draft({ ...twoRegions, coding });
      assert.deepEqual(after.codingProblems, []);
    });

    test('refuses to sign a malformed diagnosis (XYZ), even with a reason', async () => {
      const visit = await draft({
        ...twoRegions,
        coding: {
          ...correctCoding,
          diagnoses: ['M99.03', 'M99.04', 'M54.50', 'XYZ'],
          overrides: [{ rule: 'icd10.format', reason: 'Typed as the patient said it.' }],
        },
      });
      const res = await sign(visit);
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'CODING_INVALID');
      assert.deepEqual(
        res.body.error.details.map((d) => [d.path, d.rule, d.overridable]),
        [['record.coding.diagnoses.3', 'icd10.format', false]],
      );
    });

    test('refuses 98942 for 4 spinal regions, naming the rule', async () => {
      const visit = await draft({
        treatment: {
          adjustments: ['C1', 'T4', 'L5', 'SA'].map((segment) => ({ segment, technique: 'Diversified' })),
        },
        part: ['C1', 'T4', 'L5', 'SA'].map((segment) => ({ segment, letters: ['P', 'A'] })),
        coding: {
          diagnoses: ['M99.01', 'M99.02', 'M99.03', 'M99.04', 'M54.50'],
          lines: [{ code: '98942', modifiers: ['AT'], pointers: [1, 2, 3, 4], units: 1 }],
          overrides: [],
        },
      });
      const res = await sign(visit);
      assert.equal(res.status, 422);
      assert.deepEqual(refusedRules(res.body), [['cpt.cmt-region-count', false]]);
      assert.equal(res.body.error.details[0]?.path, 'record.coding.lines.0.code');
    });

    test('refuses AT and GA on one line', async () => {
      const visit = await draft({
        ...twoRegions,
        coding: {
          ...correctCoding,
          lines: [{ code: '98940', modifiers: ['AT', 'GA'], pointers: [1, 2, 3] }],
        },
      });
      const res = await sign(visit);
      assert.equal(res.status, 422);
      assert.deepEqual(refusedRules(res.body), [['modifier.at-ga-together', false]]);
    });

    test('refuses PART failing without an override, and signs with a written reason', async () => {
      const failing = { ...twoRegions, part: [{ segment: 'L5', letters: ['P'] }, twoRegions.part[1]] };
      const visit = await draft({ ...failing, coding: correctCoding });
      const res = await sign(visit);
      assert.equal(res.status, 422);
      assert.deepEqual(refusedRules(res.body), [['part.documented', true]]);

      const reasoned = await draft({
        ...failing,
        coding: {
          ...correctCoding,
          overrides: [{ rule: 'part.documented', reason: 'Acute guarding: ROM not testable today.' }],
        },
      });
      const signed = await sign(reasoned);
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.status, 'signed');
    });

    test('an X-ray on file that shows the subluxation documents it where PART does not (§240.1.2)', async () => {
      const other = await api<Body>('POST', '/api/patients', patientInput({ chartNumber: 'XR-1' }));
      const episode = await api<Body>('POST', `/api/patients/${other.body.id}/episodes`, {
        startDate: '2026-02-01',
        complaint: 'Low back pain',
        onset: 'acute',
      });
      const imaging = (body: Record<string, unknown>) =>
        api<Refusal>('POST', `/api/patients/${other.body.id}/imaging`, {
          type: 'xray',
          region: 'Lumbar spine',
          summary: 'L5 posterior on the lateral film.',
          ...body,
        });
      const unnamed = await imaging({ date: '2025-06-01', showsSubluxation: true });
      assert.equal(unnamed.status, 400);
      assert.deepEqual(
        unnamed.body.error.details.map((d) => d.path),
        ['subluxationRegions'],
      );
      const failing = { ...twoRegions, part: [{ segment: 'L5', letters: ['P'] }, twoRegions.part[1]] };
      const at = { patientId: other.body.id, episodeId: episode.body.id };
      // A lumbar film taken 14 months before the course started is too old to count.
      assert.equal(
        (await imaging({ date: '2024-12-01', showsSubluxation: true, subluxationRegions: ['lumbar'] }))
          .status,
        201,
      );
      assert.deepEqual(
        refusedRules((await sign(await draft({ ...failing, coding: correctCoding }, at))).body),
        [['part.documented', true]],
      );
      // One taken 8 months before documents L5's subluxation: the visit signs without a reason.
      assert.equal(
        (await imaging({ date: '2025-06-01', showsSubluxation: true, subluxationRegions: ['lumbar'] }))
          .status,
        201,
      );
      const signed = await sign(await draft({ ...failing, coding: correctCoding }, at));
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
    });

    test('signs a correct coding, and a visit with no coding at all', async () => {
      const coded = await sign(await draft({ ...twoRegions, coding: correctCoding }));
      assert.equal(coded.status, 200, JSON.stringify(coded.body));
      const uncoded = await sign(await draft(twoRegions));
      assert.equal(uncoded.status, 200, JSON.stringify(uncoded.body));
    });

    test('requires AT for Medicare only: a primary coverage with another payer signs without it', async () => {
      const withoutAt = { ...correctCoding, lines: [{ code: '98940', modifiers: [], pointers: [1, 2, 3] }] };
      const medicare = await sign(await draft({ ...twoRegions, coding: withoutAt }));
      assert.equal(medicare.status, 422);
      assert.deepEqual(refusedRules(medicare.body), [['modifier.at-required', true]]);

      const insured = await api<Body>('POST', '/api/patients', {
        ...patientInput({ chartNumber: 'C-GROUP' }),
        coverage: [
          {
            rank: 'primary',
            insuranceType: 'group',
            payerName: 'Lakeside Health Plan',
            insuredId: 'LHP-1001',
            insuredName: 'Ada Lovelace',
            relationship: 'self',
          },
        ],
      });
      assert.equal(insured.status, 201, JSON.stringify(insured.body));
      const other = await sign(
        await draft({ ...twoRegions, coding: withoutAt }, { patientId: insured.body.id, episodeId: null }),
      );
      assert.equal(other.status, 200, JSON.stringify(other.body));
    });

    test('reads a coding sent in the old shape as lines', async () => {
      const visit = await draft({
        ...twoRegions,
        coding: { diagnoses: ['M99.03', 'M99.04', 'M54.50'], procedures: ['98940'], modifiers: ['AT'] },
      });
      const read = await api<{ record: { coding: unknown } }>('GET', `/api/visits/${visit.id}`);
      assert.deepEqual(read.body.record.coding, correctCoding);
    });

    test('reads a record stored in the old shape as lines', async () => {
      const visit = await draft(twoRegions);
      // The whole record as stored, with its coding put back in the shape used before claim lines.
      const row = await database.handle.db
        .selectFrom('visit')
        .select('record')
        .where('id', '=', visit.id)
        .executeTakeFirstOrThrow();
      const legacy = {
        ...(JSON.parse(row.record) as Record<string, unknown>),
        coding: { diagnoses: ['M99.03', 'M54.50'], procedures: ['98940'], modifiers: ['AT'] },
      };
      await database.handle.db
        .updateTable('visit')
        .set({ record: JSON.stringify(legacy) })
        .where('id', '=', visit.id)
        .execute();
      const read = await api<{ record: { coding: unknown } }>('GET', `/api/visits/${visit.id}`);
      assert.equal(read.status, 200, JSON.stringify(read.body));
      assert.deepEqual(read.body.record.coding, {
        diagnoses: ['M99.03', 'M54.50'],
        lines: [{ code: '98940', modifiers: ['AT'], pointers: [1, 2], units: 1 }],
        overrides: [],
      });
    });
  });
}
