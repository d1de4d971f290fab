import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Finding } from '@sotchart/engine';
import type { FastifyInstance } from 'fastify';
import {
  createPatient,
  dialects,
  freshDatabase,
  seededIds,
  signIn,
  testAppOptions,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { isUniqueViolation } from '../unique-violation';
import { findingRepository } from './finding.repository';

for (const dialect of dialects) {
  describe(`the finding table on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let ids: { clinicId: string; visitId: string; patientId: string };
    let headers: Record<string, string>;

    /** Saves the visit's findings through the API, as the charting screen does. */
    const saveFindings = async (findings: readonly Finding[]) => {
      const url = `/api/visits/${ids.visitId}`;
      const current = await app.inject({ method: 'GET', url, headers });
      const { version } = current.json<{ version: number }>();
      return app.inject({ method: 'PATCH', url, headers, payload: { version, findings } });
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      headers = owner.headers;
      const patientId = await createPatient(app, owner.headers);
      const visit = await app.inject({
        method: 'POST',
        url: `/api/patients/${patientId}/visits`,
        headers: owner.headers,
        payload: { visitAt: '2026-03-02T15:00:00Z', type: 'new_patient' },
      });
      assert.equal(visit.statusCode, 201);
      ids = { clinicId: owner.clinicId, visitId: visit.json<{ id: string }>().id, patientId };
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('refuses a second finding of one indicator and phase at a site the engine calls the same', async () => {
      // One occipital-grid cell noted at two vertebrae: the engine's siteKey leaves the level out on
      // the grid (REFERENCE §2), so the unique index must too.
      const findings: Finding[] = [
        { indicator: 'occipital_fibres', phase: 'pre', site: { line: 2, area: 5, level: 'T5' }, grade: 2 },
        { indicator: 'occipital_fibres', phase: 'pre', site: { line: 2, area: 5, level: 'T6' }, grade: 1 },
      ];
      await assert.rejects(
        findingRepository.insertForVisit(database.handle.db, ids, findings, seededIds('same-cell')),
        isUniqueViolation,
      );
    });

    test('stores findings of one indicator and phase at different sites, in charted order', async () => {
      const findings: Finding[] = [
        { indicator: 'occipital_fibres', phase: 'pre', site: { line: 2, area: 5 }, grade: 2 },
        { indicator: 'occipital_fibres', phase: 'pre', site: { line: 2, area: 6 }, grade: 1 },
      ];
      await findingRepository.insertForVisit(database.handle.db, ids, findings, seededIds('two-cells'));
      const stored = await findingRepository.listForVisits(database.handle.db, ids.clinicId, [ids.visitId]);
      assert.deepEqual(stored.get(ids.visitId), findings);
      await findingRepository.deleteForVisit(database.handle.db, ids.clinicId, ids.visitId);
    });

    // Per-side indicators are keyed by side (REFERENCE §2, issue 18): the unique index must let the
    // two sides of one cell, and of one SLR, stand side by side.
    test('stores the L and the R finding of one occipital cell and of one SLR in one phase', async () => {
      const findings: Finding[] = [
        { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 2 },
        { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 2, area: 5 }, grade: 0 },
        { indicator: 'slr', phase: 'pre', side: 'L', degrees: 35, symptomReproduced: true },
        { indicator: 'slr', phase: 'pre', side: 'R', degrees: 80, symptomReproduced: false },
      ];
      await findingRepository.insertForVisit(database.handle.db, ids, findings, seededIds('two-sides'));
      const stored = await findingRepository.listForVisits(database.handle.db, ids.clinicId, [ids.visitId]);
      assert.deepEqual(stored.get(ids.visitId), findings);
      await findingRepository.deleteForVisit(database.handle.db, ids.clinicId, ids.visitId);
    });

    test('saves both sides of one occipital cell through the visit service', async () => {
      const findings: Finding[] = [
        { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 1, area: 3 }, grade: 1 },
        { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 1, area: 3 }, grade: 3 },
        { indicator: 'slr', phase: 'post', side: 'L', degrees: 60, symptomReproduced: false },
        { indicator: 'slr', phase: 'post', side: 'R', degrees: 70, symptomReproduced: false },
      ];
      const saved = await saveFindings(findings);
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json<{ findings: Finding[] }>().findings, findings);
      const stored = await findingRepository.listForVisits(database.handle.db, ids.clinicId, [ids.visitId]);
      assert.deepEqual(stored.get(ids.visitId), findings);
    });

    test('refuses two findings of one side of one occipital cell with 400 naming the side', async () => {
      const saved = await saveFindings([
        { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 1, area: 3 }, grade: 1 },
        { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 1, area: 3 }, grade: 2 },
      ]);
      assert.equal(saved.statusCode, 400);
      const { error } = saved.json<{ error: { code: string; details: { path: string }[] } }>();
      assert.equal(error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        error.details.map((d) => d.path),
        ['findings.1.side'],
      );
    });
  });
}
