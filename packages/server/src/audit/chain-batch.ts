import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import {
  auditRepository,
  type PendingAuditRow,
  type StoredAuditRow,
} from '../db/repositories/audit.repository';
import { writeTransaction } from '../db/write-transaction';
import type { AuditEvent } from './audit-event';
import { genesisHash, hashAuditRow, systemChainId, type AuditRow } from './audit-hash';

/** An audit row before it has a place in its chain. */
export type UnchainedRow = Omit<AuditRow, 'seq' | 'prevHash'>;

export function rowOf(event: AuditEvent, at: string): UnchainedRow {
  return {
    chainId: event.clinicId ?? systemChainId,
    at,
    clinicId: event.clinicId,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityIds: JSON.stringify(event.entityIds),
    patientId: event.patientId,
    requestId: event.requestId,
    ip: event.ip,
  };
}

/** One group commit: rows to chain, and whether to take unchained (`pending_audit`) rows too. */
export interface ChainBatch {
  readonly rows: readonly UnchainedRow[];
  readonly takePending: boolean;
  /** Most unchained rows to take. */
  readonly maxPending: number;
  /** The heads' `updated_at`. */
  readonly now: string;
}

export interface ChainOutcome {
  /** The request id of each unchained row chained (one entry per row). */
  readonly pendingRequestIds: readonly string[];
  /** Whether a transaction was committed (false when there was nothing to chain). */
  readonly committed: boolean;
  /** How long the transaction held the write lock, from its first statement to the end of its commit (ms). */
  readonly heldMs: number;
}

/** Rows of one chain per insert statement: well under both dialects' bound-parameter limits. */
const rowsPerInsert = 200;

/** Of several PostgreSQL processes, one at a time chains unchained rows, so each is chained once. */
const pendingLock = sql`hashtext('sotchart:audit-pending')`;

/** The oldest unchained rows, taken under the advisory lock on PostgreSQL when there are any. */
async function takePending(
  trx: Kysely<Database>,
  dialect: DialectName,
  maxPending: number,
): Promise<PendingAuditRow[]> {
  const seen = await auditRepository.listPending(trx, maxPending);
  if (seen.length === 0 || dialect !== 'postgres') return seen;
  await sql`select pg_advisory_xact_lock(${pendingLock})`.execute(trx);
  // A new statement sees what another process chained (and deleted) while this one waited.
  return auditRepository.listPending(trx, maxPending);
}

/**
 * Chains `batch.rows` (reads) and, when asked, the oldest unchained rows (writes, of any process) in one
 * transaction. In it every chain's head is locked (FOR UPDATE on PostgreSQL, in chain-id order so two
 * processes never deadlock; unchained rows are taken under an advisory lock first, so two processes
 * never chain the same row), the rows are chained from the head's last hash, and the head takes the
 * new count and hash. It runs on the server's thread (PostgreSQL, and the CLI) or on the audit worker.
 */
export async function chainBatch(
  db: Kysely<Database>,
  dialect: DialectName,
  batch: ChainBatch,
): Promise<ChainOutcome> {
  // Nothing to chain but perhaps unchained rows: a look, which needs no write transaction when there are none.
  if (
    batch.rows.length === 0 &&
    (!batch.takePending || (await auditRepository.listPending(db, 1)).length === 0)
  ) {
    return { pendingRequestIds: [], committed: false, heldMs: 0 };
  }
  let locked = 0;
  let pending: PendingAuditRow[] = [];
  await writeTransaction(db, async (trx) => {
    locked = performance.now();
    pending = batch.takePending ? await takePending(trx, dialect, batch.maxPending) : [];
    const chains = new Map<string, UnchainedRow[]>();
    const add = (row: UnchainedRow) => {
      const rows = chains.get(row.chainId);
      if (rows === undefined) chains.set(row.chainId, [row]);
      else rows.push(row);
    };
    // Writes first, in the order they were made; then the reads waiting in memory.
    for (const { id: _id, ...row } of pending) add(row);
    for (const row of batch.rows) add(row);
    for (const chainId of [...chains.keys()].sort()) {
      // Every clinic's chain has its head from the clinic's creation (and the system chain from its first
      // row), so the head is created here only when the lock finds none: a statement saved per chain.
      let head = await auditRepository.lockHead(trx, dialect, chainId);
      if (head === undefined) {
        await auditRepository.ensureHead(trx, chainId, genesisHash, batch.now);
        head = await auditRepository.lockHead(trx, dialect, chainId);
        if (head === undefined) throw new Error(`audit chain ${chainId} has no head`);
      }
      let prevHash = head.lastHash;
      let seq = head.rowCount;
      const rows: StoredAuditRow[] = (chains.get(chainId) ?? []).map((unchained) => {
        const row: AuditRow = { ...unchained, seq: ++seq, prevHash };
        prevHash = hashAuditRow(row);
        return { ...row, hash: prevHash };
      });
      for (let i = 0; i < rows.length; i += rowsPerInsert) {
        await auditRepository.insertRows(trx, rows.slice(i, i + rowsPerInsert));
      }
      await auditRepository.updateHead(trx, { chainId, rowCount: seq, lastHash: prevHash }, batch.now);
    }
    for (let i = 0; i < pending.length; i += rowsPerInsert) {
      await auditRepository.deletePending(
        trx,
        pending.slice(i, i + rowsPerInsert).map((p) => p.id),
      );
    }
  });
  const committed = pending.length + batch.rows.length > 0;
  return {
    pendingRequestIds: pending.map((p) => p.requestId),
    committed,
    heldMs: performance.now() - locked,
  };
}
