import { sql, type Kysely } from 'kysely';
import { writeTransaction } from '../db/write-transaction';
import { uuidv7 } from 'uuidv7';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import {
  auditRepository,
  type PendingAuditRow,
  type StoredAuditRow,
} from '../db/repositories/audit.repository';
import type { AuditEvent, AuditSink } from './audit-event';
import { genesisHash, hashAuditRow, systemChainId, type AuditRow } from './audit-hash';

interface Queued {
  readonly event: AuditEvent;
  readonly at: string;
  resolve(): void;
  reject(error: unknown): void;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

export interface AuditCommitterOptions {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: () => Date;
  /** How long an idle committer waits for company before writing a lone event (default 2 ms). */
  readonly intervalMs?: number;
  /** Most rows of each kind (queued reads, unchained writes) one transaction chains (default 500). */
  readonly maxBatch?: number;
  /**
   * How often to look for unchained rows that nobody announced, such as those of another server
   * process that died between its commit and its chaining (ms; default 0, never: only when told).
   */
  readonly sweepMs?: number;
  /** Ids of unchained rows; they are chained in id order, so they must sort by time (UUIDv7). */
  readonly newId?: () => string;
}

/** What the committer has done, for tests and benchmarks. */
export interface AuditCommitStats {
  readonly transactions: number;
  readonly rows: number;
}

/** Rows of one chain per insert statement: well under both dialects' bound-parameter limits. */
const rowsPerInsert = 200;

/** Of several PostgreSQL processes, one at a time chains unchained rows, so each is chained once. */
const pendingLock = sql`hashtext('sotchart:audit-pending')`;

type UnchainedRow = Omit<AuditRow, 'seq' | 'prevHash'>;

function rowOf(event: AuditEvent, at: string): UnchainedRow {
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

/**
 * The audit sink with group commit. Two ways in:
 * - `record` (reads) queues an event and resolves once its row is chained and durable;
 * - `within` (writes) adds an unchained row to `pending_audit` in the write's own transaction, so the
 *   change never commits without its audit row; the committer chains it right after.
 * Each transaction chains whatever is queued plus the oldest unchained rows (of any process), so
 * concurrent requests share an fsync instead of queueing behind one each. In it every chain's head is
 * locked (FOR UPDATE on PostgreSQL, in chain-id order so two processes never deadlock; unchained rows
 * are taken under an advisory lock first, so two processes never chain the same row), the rows are
 * chained from the head's last hash, and the head takes the new count and hash.
 */
export class AuditCommitter implements AuditSink {
  private readonly options: Required<AuditCommitterOptions>;
  private queue: Queued[] = [];
  private waiters: Waiter[] = [];
  /** Requests whose `within` rows this process has not seen chained yet, and how many rows each. */
  private readonly unchained = new Map<string, number>();
  private lookForPending = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly sweep: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private transactions = 0;
  private rows = 0;

  constructor(options: AuditCommitterOptions) {
    this.options = { intervalMs: 2, maxBatch: 500, sweepMs: 0, newId: uuidv7, ...options };
    if (this.options.sweepMs > 0) {
      this.sweep = setInterval(() => {
        this.lookForPending = true;
        this.schedule();
      }, this.options.sweepMs);
      this.sweep.unref();
    }
  }

  record(event: AuditEvent): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The audit log is closed.'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ event, at: this.options.clock().toISOString(), resolve, reject });
      this.schedule();
    });
  }

  async within(trx: Kysely<Database>, event: AuditEvent): Promise<void> {
    const row: PendingAuditRow = {
      id: this.options.newId(),
      ...rowOf(event, this.options.clock().toISOString()),
    };
    await auditRepository.insertPending(trx, row);
    this.unchained.set(event.requestId, (this.unchained.get(event.requestId) ?? 0) + 1);
    this.lookForPending = true;
    // The transaction has not committed yet: the timer gives it the moment it needs. Should the chaining
    // run before the commit anyway, `settle` (before the answer) or the sweep catches the row.
    this.schedule();
  }

  /**
   * Chains the unchained rows of request `requestId` before its answer leaves (the HTTP layer calls it
   * once the request's transactions are over). Their change is already durable with its audit row, so
   * a failure here only delays the chaining; a closed committer leaves them to the next process.
   */
  async settle(requestId: string): Promise<void> {
    if (!this.unchained.has(requestId) || this.closed) return;
    try {
      await this.flush();
    } finally {
      this.unchained.delete(requestId);
    }
  }

  /** Chains every committed unchained row (of any process); resolves once they are chained. */
  flush(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The audit log is closed.'));
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.schedule();
    });
  }

  stats(): AuditCommitStats {
    return { transactions: this.transactions, rows: this.rows };
  }

  /** Writes what is queued, chains what this process left unchained, and refuses new events. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.sweep !== null) clearInterval(this.sweep);
    this.lookForPending = true;
    while (this.running !== null || this.hasWork()) {
      if (this.running === null) this.start();
      await this.running;
    }
  }

  private hasWork(): boolean {
    return this.queue.length > 0 || this.waiters.length > 0 || this.lookForPending;
  }

  private schedule(): void {
    if (this.closed || this.timer !== null || this.running !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.options.intervalMs);
  }

  private start(): void {
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.hasWork()) this.schedule();
    });
  }

  private async drain(): Promise<void> {
    while (this.hasWork()) {
      this.lookForPending = false;
      const batch = this.queue.splice(0, this.options.maxBatch);
      const waiters = this.waiters.splice(0);
      try {
        await this.commit(batch);
        for (const p of batch) p.resolve();
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
        for (const w of waiters) w.reject(error);
      }
    }
  }

  /** The oldest unchained rows, taken under the advisory lock on PostgreSQL when there are any. */
  private async takePending(trx: Kysely<Database>): Promise<PendingAuditRow[]> {
    const { dialect, maxBatch } = this.options;
    const seen = await auditRepository.listPending(trx, maxBatch);
    if (seen.length === 0 || dialect !== 'postgres') return seen;
    await sql`select pg_advisory_xact_lock(${pendingLock})`.execute(trx);
    // A new statement sees what another process chained (and deleted) while this one waited.
    return auditRepository.listPending(trx, maxBatch);
  }

  private async commit(batch: readonly Queued[]): Promise<void> {
    const { db, dialect } = this.options;
    // Nothing queued: a look for unchained rows, which needs no write transaction when there are none.
    if (batch.length === 0 && (await auditRepository.listPending(db, 1)).length === 0) return;
    const now = this.options.clock().toISOString();
    let pending: PendingAuditRow[] = [];
    await writeTransaction(db, dialect, async (trx) => {
      pending = await this.takePending(trx);
      const chains = new Map<string, UnchainedRow[]>();
      const add = (row: UnchainedRow) => chains.set(row.chainId, [...(chains.get(row.chainId) ?? []), row]);
      // Writes first, in the order they were made; then the reads waiting in memory.
      for (const { id: _id, ...row } of pending) add(row);
      for (const { event, at } of batch) add(rowOf(event, at));
      for (const chainId of [...chains.keys()].sort()) {
        await auditRepository.ensureHead(trx, chainId, genesisHash, now);
        const head = await auditRepository.lockHead(trx, dialect, chainId);
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
        await auditRepository.updateHead(trx, { chainId, rowCount: seq, lastHash: prevHash }, now);
      }
      for (let i = 0; i < pending.length; i += rowsPerInsert) {
        await auditRepository.deletePending(
          trx,
          pending.slice(i, i + rowsPerInsert).map((p) => p.id),
        );
      }
    });
    for (const { requestId } of pending) {
      const left = (this.unchained.get(requestId) ?? 0) - 1;
      if (left > 0) this.unchained.set(requestId, left);
      else this.unchained.delete(requestId);
    }
    if (pending.length === this.options.maxBatch) this.lookForPending = true;
    if (batch.length + pending.length > 0) this.transactions += 1;
    this.rows += batch.length + pending.length;
  }
}
