import { PostgresAdapter, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { auditRepository, type ChainHead } from '../db/repositories/audit.repository';
import { clinicRepository } from '../db/repositories/clinic.repository';
import type { AnchorFile, Checkpoint } from './anchor-file';
import { genesisHash, systemChainId } from './audit-hash';
import { walkChain } from './walk-chain';

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
  /** Rows committed with their change and not chained yet (the server chains them within moments). */
  readonly pending: number;
  /** The latest checkpoint of the anchor file the chain was checked against, if any. */
  readonly checkpoint: Checkpoint | null;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly chains: readonly ChainReport[];
  /** The first broken row of each broken chain. */
  readonly broken: readonly BrokenRow[];
  /** The anchor file checked against; null when none was given. */
  readonly anchor: { readonly path: string; readonly checkpoints: number } | null;
}

export interface VerifyOptions {
  /** The anchor file (AUDIT_ANCHOR_FILE), read to its end: every chain is checked against its latest checkpoint. */
  readonly anchor?: AnchorFile;
}

type ChainResult = { readonly report: ChainReport } | { readonly broken: BrokenRow };

const rowsText = (from: number, to: number): string =>
  from === to ? `row ${from} is` : `rows ${from} to ${to} are`;

async function verifyChain(
  db: Kysely<Database>,
  chainId: string,
  head: ChainHead | undefined,
  checkpoint: Checkpoint | undefined,
  pending: number,
): Promise<ChainResult> {
  const walk = await walkChain(
    db,
    chainId,
    { seq: 0, hash: genesisHash },
    checkpoint === undefined ? {} : { watch: checkpoint.rows },
  );
  if (walk.broken !== null) return { broken: { chainId, ...walk.broken } };
  const last = walk.last;
  if (checkpoint !== undefined && last < checkpoint.rows) {
    const reason = `${rowsText(last + 1, checkpoint.rows)} missing: the anchor file recorded ${checkpoint.rows} rows at ${checkpoint.at}`;
    return { broken: { chainId, seq: last + 1, reason } };
  }
  if (checkpoint !== undefined && walk.watched !== checkpoint.hash) {
    const reason = `row ${checkpoint.rows} is not the row the anchor file recorded at ${checkpoint.at}: the chain was rewritten`;
    return { broken: { chainId, seq: checkpoint.rows, reason } };
  }
  if (head === undefined) {
    const reason =
      last === 0
        ? 'the chain head is missing: the chain was deleted with its head'
        : 'the chain head is missing';
    return { broken: { chainId, seq: last, reason } };
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
  if (head.lastHash !== walk.lastHash) {
    return {
      broken: { chainId, seq: last, reason: `row ${last}, the newest, does not match the chain head` },
    };
  }
  return {
    report: { chainId, rows: last, lastHash: walk.lastHash, pending, checkpoint: checkpoint ?? null },
  };
}

async function verifyAll(db: Kysely<Database>, anchor: AnchorFile | undefined): Promise<AuditVerification> {
  const heads = new Map((await auditRepository.listHeads(db)).map((h) => [h.chainId, h]));
  const pending = await auditRepository.countPending(db);
  const checkpoints = anchor?.latest ?? new Map<string, Checkpoint>();
  // Every clinic has a chain, and so does the system: a chain deleted with its head is still listed.
  // Chains known only from their rows, heads, unchained rows or checkpoints are listed too.
  const chainIds = [
    ...new Set([
      systemChainId,
      ...(await clinicRepository.listIds(db)),
      ...heads.keys(),
      ...(await auditRepository.listChainIds(db)),
      ...pending.keys(),
      ...checkpoints.keys(),
    ]),
  ].sort();
  const chains: ChainReport[] = [];
  const broken: BrokenRow[] = [];
  for (const chainId of chainIds) {
    const result = await verifyChain(
      db,
      chainId,
      heads.get(chainId),
      checkpoints.get(chainId),
      pending.get(chainId) ?? 0,
    );
    if ('report' in result) chains.push(result.report);
    else broken.push(result.broken);
  }
  return {
    ok: broken.length === 0,
    chains,
    broken,
    anchor: anchor === undefined ? null : { path: anchor.path, checkpoints: checkpoints.size },
  };
}

/**
 * Recomputes every audit chain (each clinic's, listed from the clinic table, and the system chain)
 * from its first row and compares it with the stored hashes, the chain head and, when an anchor file
 * is given, the latest checkpoint of each chain in it. An edited row, a deleted row anywhere (the newest
 * included, thanks to the head's count), a reordered chain, a clinic whose chain was deleted with its
 * head, and (with an anchor) a chain cut back or rewritten together with its head are each reported
 * by their first broken row. Rows not yet chained are counted per chain, not checked: the server chains
 * them moments after their commit, or at its next start. It reads one consistent snapshot.
 */
export async function verifyAuditChains(
  db: Kysely<Database>,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const transaction = postgres ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  return transaction.execute((trx) => verifyAll(trx, options.anchor));
}
