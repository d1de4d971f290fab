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

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
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
  });
}
