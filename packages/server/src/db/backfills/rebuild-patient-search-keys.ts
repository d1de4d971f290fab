import { forEachPage } from '../migrations/support/paged-rows';
import { patientSearchKeyRepository } from '../repositories/patient-search-key.repository';
import type { Backfill } from './backfill';

/**
 * Rewrites every patient's search keys in today's form (punctuation and accents dropped, the chart
 * number's digits alone) and writes the typo keys (issue 21). The keys are an index of the name and
 * chart number, not charted data, so nothing is audited and no ids are kept; each page's keys are
 * replaced in one transaction, so a run that stopped part way can start again from the beginning.
 */
export const rebuildPatientSearchKeys: Backfill = {
  name: '0004-rebuild-patient-search-keys',
  async run({ db }) {
    let patients = 0;
    await forEachPage(
      (after, limit) => patientSearchKeyRepository.pageNames(db, after, limit),
      (page) =>
        db.transaction().execute(async (trx) => {
          for (const p of page) {
            await patientSearchKeyRepository.deleteAll(trx, p.id);
            await patientSearchKeyRepository.insert(trx, p.clinicId, p.id, p);
          }
          patients += page.length;
        }),
    );
    return { counts: { patients }, changed: [] };
  },
};
