import type { Kysely } from 'kysely';

/**
 * The stale-drafts list (`GET /api/visits/drafts`) reads one practitioner's drafts by visit time:
 * (clinic, practitioner, status, visit time) answers it from the index instead of every visit of the
 * clinic, which at a million visits is the difference between a lookup and a scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('visit_practitioner_drafts')
    .on('visit')
    .columns(['clinic_id', 'practitioner_id', 'status', 'visit_at'])
    .execute();
}
