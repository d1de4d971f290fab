import type { Kysely } from 'kysely';
import type { AuditSink } from '../../audit/audit-event';
import type { Database } from '../database';

/** What a backfill works with: the database, the audit log, and the clock and id source. */
export interface BackfillContext {
  readonly db: Kysely<Database>;
  readonly audit: AuditSink;
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** What a backfill did: counts, and the ids of what it changed, kept in `backfill_run` for review. */
export interface BackfillResult {
  readonly counts: Readonly<Record<string, number>>;
  readonly changed: readonly string[];
  /** Ids of what it left alone for a person to look at, by reason (never patient data). */
  readonly reported?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A data backfill: runs once per database, after the migrations, and is recorded in `backfill_run`
 * (STYLE rule 10). It must be safe to run again from the start if a crash stops it part way, because
 * it is only recorded once it has finished.
 */
export interface Backfill {
  /** Ordered like migrations: `0001-recompute-engine-results`. Never rename one that has landed. */
  readonly name: string;
  run(context: BackfillContext): Promise<BackfillResult>;
}
