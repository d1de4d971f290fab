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
          for (const visit of visits) {
            // A visit's frozen documents and their audit row commit together.
            const froze = await db.transaction().execute(async (trx) => {
              let count = 0;
              if (!frozen.has(`${visit.id}|note|0`)) {
                await freezeNote(
                  trx,
                  { clock, newId },
                  clinicId,
                  { ...visit, findings: findings.get(visit.id) ?? [] },
                  true,
                );
                notes += 1;
                count += 1;
              }
              for (const addendum of await visitRepository.listAddenda(trx, clinicId, visit.id)) {
                if (frozen.has(`${visit.id}|addendum|${addendum.seq}`)) continue;
                await freezeAddendum(trx, { clock, newId }, clinicId, visit, addendum, true);
                addenda += 1;
                count += 1;
              }
              if (count === 0) return false;
              await audit.within(trx, {
                clinicId,
                actorId: null,
                action: 'create',
                entityType: 'signed_document',
                entityIds: [visit.id],
                patientId: visit.patientId,
                requestId: `backfill:${freezeSignedNotes.name}`,
                ip: '',
              });
              return true;
            });
            if (froze) changed.push(visit.id);
          }
        },
      );
    }
    return { counts: { signed, notes, addenda }, changed };
  },
};
