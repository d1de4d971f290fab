import { isDeepStrictEqual } from 'node:util';
import type { EngineResult, Finding } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { visitRepository, type VisitRow } from '../repositories/visit.repository';
import { packOfRef } from '../../services/protocol.service';
import { visitEngineResult } from '../../services/visit-engine';
import type { Backfill } from './backfill';
import { forEachStoredVisit } from './stored-visits';

/**
 * A visit's engine result from the current engine and the clinic's protocol revision the visit was
 * charted with, for `findings` (the visit's own, or what a backfill is about to store).
 */
export async function currentEngineResult(
  db: Kysely<Database>,
  clinicId: string,
  visit: VisitRow,
  findings: Finding[],
): Promise<EngineResult> {
  const { pack } = await packOfRef(db, clinicId, visit.engine.packRef);
  return visitEngineResult(db, clinicId, { ...visit, findings }, pack);
}

/**
 * Recomputes the stored engine result of every visit, drafts and signed ones alike, with the current
 * engine and the clinic's protocol revision the visit was charted with. Only the derived result
 * changes; what was charted and signed does not. Each visit whose result changed gets an audit row in
 * its clinic's chain, and the ids are kept with the run.
 */
export const recomputeEngineResults: Backfill = {
  name: '0001-recompute-engine-results',
  async run({ db, audit }) {
    const changed: string[] = [];
    let visits = 0;
    await forEachStoredVisit(db, async (clinicId, visit, findings) => {
      visits += 1;
      const engine = await currentEngineResult(db, clinicId, visit, findings);
      if (isDeepStrictEqual(engine, visit.engine)) return;
      // The new result and its audit row commit together (chained afterwards, as every write's).
      await db.transaction().execute(async (trx) => {
        await visitRepository.replaceEngineResult(trx, clinicId, visit.id, engine);
        await audit.within(trx, {
          clinicId,
          actorId: null,
          action: 'update',
          entityType: 'visit.engine_result',
          entityIds: [visit.id],
          patientId: visit.patientId,
          requestId: `backfill:${recomputeEngineResults.name}`,
          ip: '',
        });
      });
      changed.push(visit.id);
    });
    return { counts: { visits, changed: changed.length }, changed };
  },
};
