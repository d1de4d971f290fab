import { sql, type Kysely } from 'kysely';
import { AuditCommitter } from '../../audit/audit-committer';
import type { DatabaseHandle } from '../connect';
import type { Database } from '../database';
import { addDefaultAppointmentTypes } from './add-default-appointment-types';
import type { Backfill } from './backfill';
import { freezeSignedNotes } from './freeze-signed-notes';
import { rebuildPatientSearchKeys } from './rebuild-patient-search-keys';
import { recomputeEngineResults } from './recompute-engine-results';
import { splitPerSideFindings } from './split-per-side-findings';

/** Every backfill in order. Forward-only, like migrations: add new ones at the end. */
export const backfills: readonly Backfill[] = [
  recomputeEngineResults,
  freezeSignedNotes,
  splitPerSideFindings,
  rebuildPatientSearchKeys,
  addDefaultAppointmentTypes,
];

export interface BackfillOptions {
  readonly clock: () => Date;
  readonly newId: () => string;
  /** The backfills to consider (all of them unless a test narrows it). */
  readonly only?: readonly Backfill[];
}

/**
 * Runs every backfill this database has not run yet, in order, each recorded in `backfill_run` with
 * what it did once it has finished. Everything runs on one connection, its audit rows included, so a
 * pool of one (or SQLite's single connection) cannot deadlock; on PostgreSQL that connection holds an
 * advisory lock, so of two servers starting at once the second waits and then finds them recorded.
 * Returns the names run.
 */
export async function runBackfills(handle: DatabaseHandle, options: BackfillOptions): Promise<string[]> {
  const lock = sql`hashtext('sotchart:backfills')`;
  return handle.db.connection().execute(async (db) => {
    if (handle.dialect === 'postgres') await sql`select pg_advisory_lock(${lock})`.execute(db);
    const audit = new AuditCommitter({ db, dialect: handle.dialect, clock: options.clock });
    try {
      return await runPending(db, audit, options);
    } finally {
      await audit.close();
      if (handle.dialect === 'postgres') await sql`select pg_advisory_unlock(${lock})`.execute(db);
    }
  });
}

async function runPending(
  db: Kysely<Database>,
  audit: AuditCommitter,
  options: BackfillOptions,
): Promise<string[]> {
  const done = new Set((await db.selectFrom('backfill_run').select('name').execute()).map((r) => r.name));
  const ran: string[] = [];
  for (const backfill of options.only ?? backfills) {
    if (done.has(backfill.name)) continue;
    const result = await backfill.run({ db, audit, clock: options.clock, newId: options.newId });
    await db
      .insertInto('backfill_run')
      .values({ name: backfill.name, ran_at: options.clock().toISOString(), result: JSON.stringify(result) })
      .execute();
    ran.push(backfill.name);
  }
  return ran;
}
