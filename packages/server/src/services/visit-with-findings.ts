import type { Visit } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findingRepository } from '../db/repositories/finding.repository';
import { visitRepository, type VisitRow } from '../db/repositories/visit.repository';
import { notFound } from '../errors';

/** A visit row with its findings (stored in their own table), as the API and the documents read it. */
export async function withFindings(db: Kysely<Database>, clinicId: string, row: VisitRow): Promise<Visit> {
  const findings = (await findingRepository.listForVisits(db, clinicId, [row.id])).get(row.id) ?? [];
  return { ...row, findings };
}

/** A visit of the clinic with its findings; any other id is NOT_FOUND. */
export async function visitWithFindings(db: Kysely<Database>, clinicId: string, id: string): Promise<Visit> {
  const row = await visitRepository.findById(db, clinicId, id);
  if (row === undefined) throw notFound();
  return withFindings(db, clinicId, row);
}
