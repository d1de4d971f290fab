import { isDeepStrictEqual } from 'node:util';
import type { EngineResult, Finding } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { clinicRepository } from '../repositories/clinic.repository';
import { findingRepository } from '../repositories/finding.repository';
import { visitRepository, type VisitRow } from '../repositories/visit.repository';
import { forEachPage } from '../migrations/support/paged-rows';
import { packOfRef } from '../../services/protocol.service';
import { visitEngineResult } from '../../services/visit-engine';
import type { Backfill } from './backfill';

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
    for (const clinicId of await clinicRepository.listIds(db)) {
      await forEachPage(
        (after, limit) => visitRepository.pageByClinic(db, clinicId, after, limit),
        async (page) => {
          const findings = await findingRepository.listForVisits(
            db,
            clinicId,
            page.map((v) => v.id),
          );
          for (const visit of page) {
            visits += 1;
            const engine = await currentEngineResult(db, clinicId, visit, findings.get(visit.id) ?? []);
            if (isDeepStrictEqual(engine, visit.engine)) continue;
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
          }
        },
      );
    }
    return { counts: { visits, changed: changed.length }, changed };
  },
};
