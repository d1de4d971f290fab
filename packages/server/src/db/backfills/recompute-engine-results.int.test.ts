import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { EngineResult } from '@sotchart/engine';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { recomputeEngineResults } from './recompute-engine-results';
import { runBackfills } from './run-backfills';

type Body = Record<string, unknown> & { engine: EngineResult; version: number; status: string };

/** A Category II visit, 6 SOT findings and the 12 screen answers, re-checked in full at the post-check. */
const findings = [
  ...screenAnswers(),
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'post', side: 'none', positive: false },
  { indicator: 'leg_check', phase: 'post', side: 'none', mm: 0 },
];

/**
 * What the server stored before issue 15 for that visit: its own assembly verified the 12 screen
 * answers too, so they all read `not_rechecked` (18 with the 6 findings), items had no side, and the
 * CMRT, heel-lift and coding suggestions were not stored at all.
 */
const oldVerification = {
  items: [],
  summary: { cleared: 3, improved: 0, unchanged: 0, worse: 0, new: 0, not_rechecked: 18 },
};

for (const dialect of dialects) {
  describe(`recompute-engine-results backfill on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      api = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('recomputes a signed visit stored by the old code, leaves its charting alone, and records and audits the change', async () => {
      const patient = await api<Body>('POST', '/api/patients', patientInput());
      const created = await api<Body>('POST', `/api/patients/${patient.body.id as string}/visits`, {
        visitAt: '2026-03-02T15:00:00Z',
        type: 'follow_up',
      });
      const id = created.body.id as string;
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, { version: 1, findings, pain: 4 });
      const signed = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200);
      const current = signed.body.engine;
      const db = database.handle.db;
      await db
        .updateTable('visit')
        .set({
          engine_version: '1.0.0',
          pack_ref: 'sot-standard@1.0.0',
          verification: JSON.stringify(oldVerification),
          cmrt: '[]',
          heel_lift: null,
          coding: null,
        })
        .where('id', '=', id)
        .execute();
      // Read from the row: a server runs pending backfills before it answers, so the API never
      // serves a result stored by the old code (its summary lacks fields the schema requires).
      const before = await db
        .selectFrom('visit')
        .select('verification')
        .where('id', '=', id)
        .executeTakeFirst();
      assert.deepEqual(JSON.parse(before?.verification ?? 'null'), oldVerification);

      const ran = await runBackfills(database.handle, {
        clock: () => new Date('2026-12-03T09:00:00Z'),
        newId: uuidv7,
        only: [recomputeEngineResults],
      });
      assert.deepEqual(ran, ['0001-recompute-engine-results']);

      const after = await api<Body>('GET', `/api/visits/${id}`);
      assert.deepEqual(after.body.engine.verification.summary, {
        cleared: 3,
        improved: 0,
        unchanged: 2,
        worse: 0,
        side_changed: 0,
        new: 0,
        not_rechecked: 0,
        positivePre: 3,
        positiveCleared: 3,
        negativeNotRechecked: 0,
      });
      assert.equal(after.body.engine.engineVersion, '2.0.0');
      assert.equal(after.body.engine.packRef, 'sot-standard@1.1.0');
      assert.deepEqual(after.body.engine, current, 'the stored result is the current engine result');
      assert.equal(after.body.status, 'signed');
      assert.equal(after.body.version, signed.body.version, 'the signed visit itself is unchanged');
      assert.deepEqual(after.body.findings, signed.body.findings);
      assert.equal(after.body.signedAt, signed.body.signedAt);

      const run = await db.selectFrom('backfill_run').selectAll().execute();
      assert.deepEqual(
        run.map((r) => [r.name, JSON.parse(r.result) as unknown]),
        [['0001-recompute-engine-results', { counts: { visits: 1, changed: 1 }, changed: [id] }]],
      );
      const audited = await db
        .selectFrom('audit_log')
        .select(['entity_type', 'entity_ids', 'action', 'actor_id'])
        .where('entity_type', '=', 'visit.engine_result')
        .execute();
      assert.equal(audited.length, 1);
      assert.equal(audited[0]?.action, 'update');
      assert.equal(audited[0]?.actor_id, null);
      assert.match(String(audited[0]?.entity_ids), new RegExp(id));

      const again = await runBackfills(database.handle, {
        clock: () => new Date('2026-12-03T10:00:00Z'),
        newId: uuidv7,
        only: [recomputeEngineResults],
      });
      assert.deepEqual(again, [], 'a recorded backfill does not run again');
    });
  });
}
