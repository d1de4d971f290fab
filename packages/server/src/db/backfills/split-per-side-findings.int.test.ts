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
  seededIds,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { engineInputOf, VisitRecordSchema } from '@sotchart/contract';
import { defaultPack, runEngine, type Finding } from '@sotchart/engine';
import { buildApp } from '../../app';
import { findingRepository } from '../repositories/finding.repository';
import { visitRepository } from '../repositories/visit.repository';
import { runBackfills } from './run-backfills';
import { splitPerSideFindings } from './split-per-side-findings';

type Body = { id: string; version: number } & Record<string, unknown>;

/** The per-side findings as the old screen stored them: one finding for both sides. */
const oldFindings: Finding[] = [
  {
    indicator: 'occipital_fibers',
    phase: 'pre',
    side: 'bilateral',
    site: { line: 1, area: 2 },
    grade: 3,
    note: 'grades L1 R3',
  },
  { indicator: 'occipital_fibers', phase: 'pre', side: 'bilateral', site: { line: 2, area: 3 }, grade: 2 },
  { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 3, area: 1 }, grade: 1 },
  { indicator: 'occipital_fibers', phase: 'pre', side: 'none', site: { line: 1, area: 5 }, grade: 0 },
  { indicator: 'slr', phase: 'pre', side: 'bilateral', degrees: 40, symptomReproduced: true },
  { indicator: 'sciatic_pain_points', phase: 'pre', side: 'bilateral', grade: 2, note: 'tender' },
];

const columns = ['indicator', 'side', 'site_key', 'grade', 'degrees', 'symptom_reproduced', 'note'] as const;

for (const dialect of dialects) {
  describe(`split-per-side-findings backfill on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      api = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    // The old screen saved these through the API, which now refuses a per-side finding for both
    // sides; so the screen's answers go through the API and the old rows are written as it wrote them.
    const chartVisit = async (chartNumber: string, findings: readonly Finding[]): Promise<Body> => {
      const patient = await api<Body>('POST', '/api/patients', patientInput({ chartNumber }));
      const created = await api<Body>('POST', `/api/patients/${patient.body.id}/visits`, {
        visitAt: '2026-03-02T15:00:00.000Z',
        type: 'follow_up',
      });
      const saved = await api<Body>('PATCH', `/api/visits/${created.body.id}`, {
        version: created.body.version,
        findings: screenAnswers(),
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const row = await database.handle.db
        .selectFrom('visit')
        .select(['clinic_id', 'patient_id'])
        .where('id', '=', saved.body.id)
        .executeTakeFirstOrThrow();
      await findingRepository.insertForVisit(
        database.handle.db,
        { clinicId: row.clinic_id, visitId: saved.body.id, patientId: row.patient_id },
        findings,
        seededIds(`old-${chartNumber}`),
      );
      // The engine result as the old code stored it: computed from every finding, both sides read.
      const engine = runEngine(
        engineInputOf(
          { findings: [...screenAnswers(), ...findings], overrides: [], record: VisitRecordSchema.parse({}) },
          null,
        ),
        defaultPack,
      );
      await visitRepository.replaceEngineResult(database.handle.db, row.clinic_id, saved.body.id, engine);
      return saved.body;
    };
    const perSideRows = (visitId: string) =>
      database.handle.db
        .selectFrom('finding')
        .select(columns)
        .where('visit_id', '=', visitId)
        .where('indicator', 'in', ['occipital_fibers', 'slr', 'sciatic_pain_points'])
        .orderBy('position')
        .execute();

    test('splits two-sided findings per side, reports the none cell, audits the signed visit and leaves its frozen note; a second run changes nothing', async () => {
      const draft = await chartVisit('C-1', oldFindings);
      const toSign = await chartVisit('C-2', [
        {
          indicator: 'occipital_fibers',
          phase: 'pre',
          side: 'bilateral',
          site: { line: 2, area: 4 },
          grade: 1,
        },
      ]);
      const signed = await api<Body>('POST', `/api/visits/${toSign.id}/sign`, {
        version: toSign.version,
        attest: true,
      });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      const db = database.handle.db;
      // The old code keyed a finding by its site alone.
      await db
        .updateTable('finding')
        .set({ site_key: 'line=2;area=4' })
        .where('visit_id', '=', signed.body.id)
        .where('indicator', '=', 'occipital_fibers')
        .execute();
      assert.deepEqual(
        (await perSideRows(draft.id)).map((r) => [r.indicator, r.side, r.grade, r.note]),
        [
          ['occipital_fibers', 'bilateral', 3, 'grades L1 R3'],
          ['occipital_fibers', 'bilateral', 2, null],
          ['occipital_fibers', 'L', 1, null],
          ['occipital_fibers', 'none', 0, null],
          ['slr', 'bilateral', null, null],
          ['sciatic_pain_points', 'bilateral', 2, 'tender'],
        ],
        'stored as the old screen stored them',
      );
      assert.deepEqual(
        (await perSideRows(signed.body.id)).map((r) => [r.side, r.site_key, r.grade]),
        [['bilateral', 'line=2;area=4', 1]],
      );
      const frozen = await db
        .selectFrom('signed_document')
        .selectAll()
        .where('visit_id', '=', signed.body.id)
        .execute();
      assert.equal(frozen.length, 1);

      const ran = await runBackfills(database.handle, {
        clock: fixedClock('2026-03-03T16:00:00.000Z'),
        newId: seededIds('split'),
        only: [splitPerSideFindings],
      });
      assert.deepEqual(ran, ['0003-split-per-side-findings']);

      assert.deepEqual(await perSideRows(draft.id), [
        {
          indicator: 'occipital_fibers',
          side: 'L',
          site_key: 'line=1;area=2;side=L',
          grade: 1,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'R',
          site_key: 'line=1;area=2;side=R',
          grade: 3,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'L',
          site_key: 'line=2;area=3;side=L',
          grade: 2,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'R',
          site_key: 'line=2;area=3;side=R',
          grade: 2,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'L',
          site_key: 'line=3;area=1;side=L',
          grade: 1,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'none',
          site_key: 'line=1;area=5;side=none',
          grade: 0,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'slr',
          side: 'L',
          site_key: 'side=L',
          grade: null,
          degrees: 40,
          symptom_reproduced: 1,
          note: null,
        },
        {
          indicator: 'slr',
          side: 'R',
          site_key: 'side=R',
          grade: null,
          degrees: 40,
          symptom_reproduced: 1,
          note: null,
        },
        {
          indicator: 'sciatic_pain_points',
          side: 'L',
          site_key: 'side=L',
          grade: 2,
          degrees: null,
          symptom_reproduced: null,
          note: 'tender',
        },
        {
          indicator: 'sciatic_pain_points',
          side: 'R',
          site_key: 'side=R',
          grade: 2,
          degrees: null,
          symptom_reproduced: null,
          note: 'tender',
        },
      ]);
      assert.deepEqual(await perSideRows(signed.body.id), [
        {
          indicator: 'occipital_fibers',
          side: 'L',
          site_key: 'line=2;area=4;side=L',
          grade: 1,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
        {
          indicator: 'occipital_fibers',
          side: 'R',
          site_key: 'line=2;area=4;side=R',
          grade: 1,
          degrees: null,
          symptom_reproduced: null,
          note: null,
        },
      ]);

      const after = await api<Body>('GET', `/api/visits/${signed.body.id}`);
      assert.equal(after.body.status, 'signed');
      assert.equal(after.body.version, signed.body.version, 'the signed visit is not reopened');
      assert.deepEqual(
        await db.selectFrom('signed_document').selectAll().where('visit_id', '=', signed.body.id).execute(),
        frozen,
        'the frozen note is as it was signed',
      );
      const audited = await db
        .selectFrom('audit_log')
        .select(['action', 'entity_ids', 'actor_id', 'request_id'])
        .where('entity_type', '=', 'finding')
        .where('request_id', '=', 'backfill:0003-split-per-side-findings')
        .orderBy('entity_ids')
        .execute();
      assert.deepEqual(
        audited,
        [draft.id, signed.body.id].sort().map((id) => ({
          action: 'update',
          entity_ids: JSON.stringify([id]),
          actor_id: null,
          request_id: 'backfill:0003-split-per-side-findings',
        })),
      );
      const expected = {
        counts: { visits: 2, changed: 2, split: 5, unsplittable: 1, categoryWouldChange: 0 },
        changed: [draft.id, signed.body.id].sort(),
        reported: { unsplittable: [draft.id], categoryWouldChange: [] },
      };
      const result = async () =>
        JSON.parse(
          (
            await db
              .selectFrom('backfill_run')
              .select('result')
              .where('name', '=', '0003-split-per-side-findings')
              .executeTakeFirstOrThrow()
          ).result,
        ) as typeof expected;
      const first = await result();
      assert.deepEqual({ ...first, changed: [...first.changed].sort() }, expected);

      // Recorded, so it does not run again; run anyway, it finds nothing left to split.
      const rows = await db.selectFrom('finding').selectAll().orderBy('id').execute();
      const again = {
        clock: fixedClock('2026-03-04T16:00:00.000Z'),
        newId: seededIds('again'),
        only: [splitPerSideFindings],
      };
      assert.deepEqual(await runBackfills(database.handle, again), []);
      await db.deleteFrom('backfill_run').where('name', '=', '0003-split-per-side-findings').execute();
      assert.deepEqual(await runBackfills(database.handle, again), ['0003-split-per-side-findings']);
      assert.deepEqual(await db.selectFrom('finding').selectAll().orderBy('id').execute(), rows);
      assert.deepEqual(await result(), {
        counts: { visits: 2, changed: 0, split: 0, unsplittable: 1, categoryWouldChange: 0 },
        changed: [],
        reported: { unsplittable: [draft.id], categoryWouldChange: [] },
      });
    });
  });
}
