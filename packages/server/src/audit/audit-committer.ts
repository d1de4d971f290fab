import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import type { WriteLock } from '../db/write-lock';
import { auditRepository, type PendingAuditRow } from '../db/repositories/audit.repository';
import type { AuditEvent, AuditSink } from './audit-event';
import { chainBatch, rowOf, type ChainBatch, type ChainOutcome } from './chain-batch';
import { ChainWorkerClient } from './chain-worker-client';

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
  /**
   * How long an idle committer waits for company before writing a lone event (default 2 ms). On the
   * worker, a batch of reads alone starts at once (reads that arrive while it commits form the next
   * batch, and waiting would cost the event loop nothing anyway); rows of writes still wait, so that one
   * chaining covers the writes committed meanwhile instead of each taking turns at the lock with its own.
   */
  readonly intervalMs?: number;
  /**
   * Most rows of each kind (queued reads, unchained writes) one transaction chains (default 500; 64 on
   * the worker, whose transaction holds SQLite's write lock while the server's writes wait for it).
   */
  readonly maxBatch?: number;
  /**
   * The SQLite file and its write lock (`DatabaseHandle.sqlite`), to chain on a worker thread with its
   * own connection (`chain-worker.ts`), so the commit's fsync never blocks the event loop. Unset (and
   * always on PostgreSQL, whose commits wait on the network, not the thread), the committer chains on
   * the caller's connection.
   */
  readonly sqliteWorker?: { readonly file: string; readonly writeLock: WriteLock };
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
  /** The longest a transaction held the write lock, from its first statement to its commit's end (ms). */
  readonly maxHeldMs: number;
}

/**
 * The audit sink with group commit. Two ways in:
 * - `record` (reads) queues an event and resolves once its row is chained and durable;
 * - `within` (writes) adds an unchained row to `pending_audit` in the write's own transaction, so the
 *   change never commits without its audit row; the committer chains it right after.
 * Each transaction chains whatever is queued plus the oldest unchained rows (of any process), so
 * concurrent requests share an fsync instead of queueing behind one each (`chain-batch.ts`). On SQLite
 * with `sqliteWorker` the transactions run on the audit worker's thread; the committer keeps the queue.
 */
export class AuditCommitter implements AuditSink {
  private readonly options: Required<Omit<AuditCommitterOptions, 'sqliteWorker'>>;
  private readonly chain: (batch: ChainBatch) => Promise<ChainOutcome>;
  private readonly worker: ChainWorkerClient | null;
  private queue: Queued[] = [];
  private waiters: Waiter[] = [];
  /** Requests whose `within` rows this process has not seen chained yet, and how many rows each. */
  private readonly unchained = new Map<string, number>();
  private lookForPending = false;
  /** Cancels the scheduled start, when one is scheduled. */
  private timer: (() => void) | null = null;
  private readonly sweep: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private transactions = 0;
  private rows = 0;
  private maxHeldMs = 0;

  constructor(options: AuditCommitterOptions) {
    const { sqliteWorker, ...rest } = options;
    const onWorker = sqliteWorker !== undefined && options.dialect === 'sqlite';
    this.options = {
      intervalMs: 2,
      maxBatch: onWorker ? 64 : 500,
      sweepMs: 0,
      newId: uuidv7,
      ...rest,
    };
    this.worker = onWorker ? new ChainWorkerClient(sqliteWorker.file, sqliteWorker.writeLock) : null;
    const { db, dialect } = this.options;
    const worker = this.worker;
    this.chain = worker === null ? (batch) => chainBatch(db, dialect, batch) : (batch) => worker.chain(batch);
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

  /** Whether request `requestId` has audit rows of writes not yet chained (then `settle` has work). */
  hasUnchained(requestId: string): boolean {
    return this.unchained.has(requestId);
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
      // Rows committed since the last look (another connection's, the worker's view) are taken too.
      this.lookForPending = true;
      this.schedule();
    });
  }

  stats(): AuditCommitStats {
    return { transactions: this.transactions, rows: this.rows, maxHeldMs: this.maxHeldMs };
  }

  /** Writes what is queued, chains what this process left unchained, and refuses new events. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) {
      this.timer();
      this.timer = null;
    }
    if (this.sweep !== null) clearInterval(this.sweep);
    this.lookForPending = true;
    while (this.running !== null || this.hasWork()) {
      if (this.running === null) this.start();
      await this.running;
    }
    await this.worker?.close();
  }

  private hasWork(): boolean {
    return this.queue.length > 0 || this.waiters.length > 0 || this.lookForPending;
  }

  private schedule(): void {
    if (this.closed || this.timer !== null || this.running !== null) return;
    const fire = (): void => {
      this.timer = null;
      this.start();
    };
    const readsOnly = this.worker !== null && !this.lookForPending && this.waiters.length === 0;
    if (!readsOnly && this.options.intervalMs > 0) {
      const timeout = setTimeout(fire, this.options.intervalMs);
      this.timer = () => clearTimeout(timeout);
    } else {
      const immediate = setImmediate(fire);
      this.timer = () => clearImmediate(immediate);
    }
  }

  private start(): void {
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.hasWork()) this.schedule();
    });
  }

  private async drain(): Promise<void> {
    while (this.hasWork()) {
      const takePending = this.lookForPending;
      this.lookForPending = false;
      const batch = this.queue.splice(0, this.options.maxBatch);
      const waiters = this.waiters.splice(0);
      try {
        await this.commit(batch, takePending);
        for (const p of batch) p.resolve();
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
        for (const w of waiters) w.reject(error);
      }
    }
  }

  private async commit(batch: readonly Queued[], takePending: boolean): Promise<void> {
    const outcome = await this.chain({
      rows: batch.map(({ event, at }) => rowOf(event, at)),
      takePending,
      maxPending: this.options.maxBatch,
      now: this.options.clock().toISOString(),
    });
    for (const requestId of outcome.pendingRequestIds) {
      const left = (this.unchained.get(requestId) ?? 0) - 1;
      if (left > 0) this.unchained.set(requestId, left);
      else this.unchained.delete(requestId);
    }
    if (outcome.pendingRequestIds.length === this.options.maxBatch) this.lookForPending = true;
    if (outcome.committed) this.transactions += 1;
    this.rows += batch.length + outcome.pendingRequestIds.length;
    this.maxHeldMs = Math.max(this.maxHeldMs, outcome.heldMs);
  }
}
