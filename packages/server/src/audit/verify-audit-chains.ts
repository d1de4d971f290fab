import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { auditRepository, type ChainHead } from '../db/repositories/audit.repository';
import { genesisHash, hashAuditRow } from './audit-hash';

/** The first row at which a chain stops being what was written. */
export interface BrokenRow {
  readonly chainId: string;
  readonly seq: number;
  readonly reason: string;
}

export interface ChainReport {
  readonly chainId: string;
  readonly rows: number;
  /** The newest row's hash: recorded somewhere else, it also proves the whole chain was not rewritten. */
  readonly lastHash: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly chains: readonly ChainReport[];
  /** The first broken row of each broken chain. */
  readonly broken: readonly BrokenRow[];
}

const pageSize = 1000;

type ChainResult = { readonly report: ChainReport } | { readonly broken: BrokenRow };

async function verifyChain(
  db: Kysely<Database>,
  chainId: string,
  head: ChainHead | undefined,
): Promise<ChainResult> {
  let expected = 1;
  let prev = genesisHash;
  for (;;) {
    const page = await auditRepository.chainPage(db, chainId, expected - 1, pageSize);
    for (const row of page) {
      if (row.seq !== expected) {
        return { broken: { chainId, seq: expected, reason: `row ${expected} is missing` } };
      }
      if (row.prevHash !== prev) {
        const reason = `row ${row.seq} does not follow row ${row.seq - 1}: one of them was changed`;
        return { broken: { chainId, seq: row.seq, reason } };
      }
      if (hashAuditRow(row) !== row.hash) {
        return { broken: { chainId, seq: row.seq, reason: `row ${row.seq} was changed` } };
      }
      prev = row.hash;
      expected += 1;
    }
    if (page.length < pageSize) break;
  }
  const last = expected - 1;
  if (head === undefined) {
    return { broken: { chainId, seq: last, reason: 'the chain head is missing' } };
  }
  if (head.rowCount > last) {
    const reason =
      head.rowCount === last + 1
        ? `row ${last + 1}, the newest, is missing`
        : `rows ${last + 1} to ${head.rowCount}, the newest, are missing`;
    return { broken: { chainId, seq: last + 1, reason } };
  }
  if (head.rowCount < last) {
    return {
      broken: { chainId, seq: head.rowCount + 1, reason: `row ${head.rowCount + 1} is past the chain head` },
    };
  }
  if (head.lastHash !== prev) {
    return {
      broken: { chainId, seq: last, reason: `row ${last}, the newest, does not match the chain head` },
    };
  }
  return { report: { chainId, rows: last, lastHash: prev } };
}

/**
 * Recomputes every audit chain (each clinic's and the system chain) from its first row and compares
 * it with the stored hashes and the chain head. An edited row, a deleted row anywhere (the newest
 * included, thanks to the head's count) or a reordered chain is reported by its first broken row.
 */
export async function verifyAuditChains(db: Kysely<Database>): Promise<AuditVerification> {
  const heads = new Map((await auditRepository.listHeads(db)).map((h) => [h.chainId, h]));
  const chainIds = [...new Set([...heads.keys(), ...(await auditRepository.listChainIds(db))])].sort();
  const chains: ChainReport[] = [];
  const broken: BrokenRow[] = [];
  for (const chainId of chainIds) {
    const result = await verifyChain(db, chainId, heads.get(chainId));
    if ('report' in result) chains.push(result.report);
    else broken.push(result.broken);
  }
  return { ok: broken.length === 0, chains, broken };
}
