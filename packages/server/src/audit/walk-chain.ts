import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { auditRepository } from '../db/repositories/audit.repository';
import { hashAuditRow } from './audit-hash';

/** Where a walk starts: after row `seq`, whose hash is `hash` (row 0 is the genesis hash). */
export interface WalkStart {
  readonly seq: number;
  readonly hash: string;
}

export interface ChainWalk {
  /** The last row that follows from the start, and its hash. */
  readonly last: number;
  readonly lastHash: string;
  /** The first row that does not follow, and why; null when every row read does. */
  readonly broken: { readonly seq: number; readonly reason: string } | null;
  /** The hash of row `watch`, when the walk reached it. */
  readonly watched: string | null;
}

const pageSize = 1000;

/**
 * Reads a chain in order after `start` (up to row `until` when given) and checks each row: the next
 * number, linked to the previous row's hash, and its own hash recomputed from its columns.
 */
export async function walkChain(
  db: Kysely<Database>,
  chainId: string,
  start: WalkStart,
  options: { readonly until?: number; readonly watch?: number } = {},
): Promise<ChainWalk> {
  let expected = start.seq + 1;
  let prev = start.hash;
  let watched: string | null = options.watch === start.seq ? start.hash : null;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  const done = (broken: ChainWalk['broken']): ChainWalk => ({
    last: expected - 1,
    lastHash: prev,
    broken,
    watched,
  });
  while (expected <= until) {
    const limit = Math.min(pageSize, until - expected + 1);
    const page = await auditRepository.chainPage(db, chainId, expected - 1, limit);
    for (const row of page) {
      if (row.seq !== expected) return done({ seq: expected, reason: `row ${expected} is missing` });
      if (row.prevHash !== prev) {
        const reason = `row ${row.seq} does not follow row ${row.seq - 1}: one of them was changed`;
        return done({ seq: row.seq, reason });
      }
      if (hashAuditRow(row) !== row.hash) return done({ seq: row.seq, reason: `row ${row.seq} was changed` });
      prev = row.hash;
      if (row.seq === options.watch) watched = row.hash;
      expected += 1;
    }
    if (page.length < limit) break;
  }
  return done(null);
}
