import { freezeAddendum, freezeNote } from '../../services/freeze-signed-documents';
import { forEachPage } from '../migrations/support/paged-rows';
import { clinicRepository } from '../repositories/clinic.repository';
import { findingRepository } from '../repositories/finding.repository';
import { signedDocumentRepository } from '../repositories/signed-document.repository';
import { visitRepository } from '../repositories/visit.repository';
import type { Backfill } from './backfill';

/**
 * Freezes the signed documents of visits signed before notes were stored: each signed visit without a
 * stored note gets its note PDF rendered now from the data as it stands, marked "frozen at upgrade"
 * (flag and printed), and each of its addenda without a stored PDF gets its own, likewise. What is
 * already frozen is skipped, so a run that stopped part way can start again. Each visit it froze
 * anything for gets an audit row in its clinic's chain.
 */
export const freezeSignedNotes: Backfill = {
  name: '0002-freeze-signed-notes',
  async run({ db, audit, clock, newId }) {
    const changed: string[] = [];
    let signed = 0;
    let notes = 0;
    let addenda = 0;
    for (const clinicId of await clinicRepository.listIds(db)) {
      await forEachPage(
        (after, limit) => visitRepository.pageByClinic(db, clinicId, after, limit),
        async (page) => {
          const visits = page.filter((v) => v.status === 'signed');
          signed += visits.length;
          const ids = visits.map((v) => v.id);
          const frozen = new Set(
            (await signedDocumentRepository.listKeys(db, clinicId, ids)).map(
              (k) => `${k.visitId}|${k.kind}|${k.seq}`,
            ),
          );
          const findings = await findingRepository.listForVisits(db, clinicId, ids);
          const audited: Promise<void>[] = [];
          for (const visit of visits) {
            let froze = false;
            if (!frozen.has(`${visit.id}|note|0`)) {
              await freezeNote(
                db,
                { clock, newId },
                clinicId,
                { ...visit, findings: findings.get(visit.id) ?? [] },
                true,
              );
              notes += 1;
              froze = true;
            }
            for (const addendum of await visitRepository.listAddenda(db, clinicId, visit.id)) {
              if (frozen.has(`${visit.id}|addendum|${addendum.seq}`)) continue;
              await freezeAddendum(db, { clock, newId }, clinicId, visit, addendum, true);
              addenda += 1;
              froze = true;
            }
            if (!froze) continue;
            changed.push(visit.id);
            audited.push(
              audit.record({
                clinicId,
                actorId: null,
                action: 'create',
                entityType: 'signed_document',
                entityIds: [visit.id],
                patientId: visit.patientId,
                requestId: `backfill:${freezeSignedNotes.name}`,
                ip: '',
              }),
            );
          }
          // One group commit per page rather than one per visit.
          await Promise.all(audited);
        },
      );
    }
    return { counts: { signed, notes, addenda }, changed };
  },
};
