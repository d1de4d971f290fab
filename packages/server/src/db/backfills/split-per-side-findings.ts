import { isDeepStrictEqual } from 'node:util';
import { findingRepository } from '../repositories/finding.repository';
import { visitRepository } from '../repositories/visit.repository';
import type { Backfill } from './backfill';
import { currentEngineResult } from './recompute-engine-results';
import { splitPerSide } from './split-per-side';
import { forEachStoredVisit } from './stored-visits';

/**
 * Splits the stored two-sided findings of per-side indicators into one finding per side (issue 18,
 * see {@link splitPerSide}), in drafts and signed visits alike: the charted data is restated, not
 * changed, so each rewritten visit gets an audit row and its engine result is recomputed. Frozen note
 * PDFs stay as they were signed. Findings it cannot split are left as they are and reported by visit
 * id, as is a visit whose category the split would change (left unsplit: that needs a clinician).
 * A visit with nothing to split is not touched, so a run that stopped part way can start again.
 */
export const splitPerSideFindings: Backfill = {
  name: '0003-split-per-side-findings',
  async run({ db, audit, newId }) {
    const changed: string[] = [];
    const unsplittable: string[] = [];
    const categoryWouldChange: string[] = [];
    let visits = 0;
    let split = 0;
    let unsplittableFindings = 0;
    await forEachStoredVisit(db, async (clinicId, visit, stored) => {
      visits += 1;
      const result = splitPerSide(stored);
      if (result.unsplittable > 0) {
        unsplittable.push(visit.id);
        unsplittableFindings += result.unsplittable;
      }
      if (result.split === 0) return;
      const engine = await currentEngineResult(db, clinicId, visit, result.findings);
      if (engine.analysis.category !== visit.engine.analysis.category) {
        categoryWouldChange.push(visit.id);
        return;
      }
      // The restated findings, their engine result and the audit row commit together.
      await db.transaction().execute(async (trx) => {
        await findingRepository.deleteForVisit(trx, clinicId, visit.id);
        await findingRepository.insertForVisit(
          trx,
          { clinicId, visitId: visit.id, patientId: visit.patientId },
          result.findings,
          newId,
        );
        if (!isDeepStrictEqual(engine, visit.engine))
          await visitRepository.replaceEngineResult(trx, clinicId, visit.id, engine);
        await audit.within(trx, {
          clinicId,
          actorId: null,
          action: 'update',
          entityType: 'finding',
          entityIds: [visit.id],
          patientId: visit.patientId,
          requestId: `backfill:${splitPerSideFindings.name}`,
          ip: '',
        });
      });
      split += result.split;
      changed.push(visit.id);
    });
    return {
      counts: {
        visits,
        changed: changed.length,
        split,
        unsplittable: unsplittableFindings,
        categoryWouldChange: categoryWouldChange.length,
      },
      changed,
      reported: { unsplittable, categoryWouldChange },
    };
  },
};
