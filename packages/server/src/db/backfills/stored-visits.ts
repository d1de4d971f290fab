import type { Finding } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { forEachPage } from '../migrations/support/paged-rows';
import { clinicRepository } from '../repositories/clinic.repository';
import { findingRepository } from '../repositories/finding.repository';
import { visitRepository, type VisitRow } from '../repositories/visit.repository';

/**
 * Walks every stored visit of every clinic, a page at a time, with its findings: the loop the backfills
 * that restate visits share. `visit` runs one visit at a time, so each may write its own transaction.
 */
export async function forEachStoredVisit(
  db: Kysely<Database>,
  visit: (clinicId: string, row: VisitRow, findings: Finding[]) => Promise<void>,
): Promise<void> {
  for (const clinicId of await clinicRepository.listIds(db)) {
    await forEachPage(
      (after, limit) => visitRepository.pageByClinic(db, clinicId, after, limit),
      async (page) => {
        const findings = await findingRepository.listForVisits(
          db,
          clinicId,
          page.map((v) => v.id),
        );
        for (const row of page) await visit(clinicId, row, findings.get(row.id) ?? []);
      },
    );
  }
}
