import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import { auditRepository, type StoredAuditRow } from '../db/repositories/audit.repository';
import type { AuditEvent, AuditSink } from './audit-event';
import { genesisHash, hashAuditRow, systemChainId } from './audit-hash';

interface Pending {
  readonly event: AuditEvent;
  readonly at: string;
  resolve(): void;
  reject(error: unknown): void;
}

export interface AuditCommitterOptions {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: () => Date;
  /** How long an idle committer waits for company before writing a lone event (default 2 ms). */
  readonly intervalMs?: number;
  /** Most rows one transaction writes (default 500). */
  readonly maxBatch?: number;
}

/** What the committer has done, for tests and benchmarks. */
export interface AuditCommitStats {
  readonly transactions: number;
  readonly rows: number;
}

/** Rows of one chain per insert statement: well under both dialects' bound-parameter limits. */
const rowsPerInsert = 200;

/**
 * The audit sink with group commit. `record` queues an event and resolves once its row is durable.
 * Events that arrive while a transaction is writing are chained and written together in the next
 * one, so concurrent requests share an fsync instead of queueing behind one each. In each transaction
 * every chain's head is locked (FOR UPDATE on PostgreSQL, in chain-id order so two processes never
 * deadlock), the rows are chained from the head's last hash, and the head takes the new count and hash.
 */
export class AuditCommitter implements AuditSink {
  private readonly options: Required<AuditCommitterOptions>;
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private transactions = 0;
  private rows = 0;

  constructor(options: AuditCommitterOptions) {
    this.options = { intervalMs: 2, maxBatch: 500, ...options };
  }

  record(event: AuditEvent): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The audit log is closed.'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ event, at: this.options.clock().toISOString(), resolve, reject });
      this.schedule();
    });
  }

  stats(): AuditCommitStats {
    return { transactions: this.transactions, rows: this.rows };
  }

  /** Writes what is queued and refuses new events; the app calls it on close. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running !== null || this.queue.length > 0) {
      if (this.running === null) this.start();
      await this.running;
    }
  }

  private schedule(): void {
    if (this.timer !== null || this.running !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.options.intervalMs);
  }

  private start(): void {
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.queue.length > 0) this.schedule();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      try {
        await this.commit(batch);
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
  }

  /**
   * One transaction. SQLite takes its write lock up front (BEGIN IMMEDIATE), so another process that
   * writes the same file (a CLI command beside the server) makes this wait under busy_timeout instead
   * of failing halfway through.
   */
  private async inTransaction(work: (trx: Kysely<Database>) => Promise<void>): Promise<void> {
    const { db, dialect } = this.options;
    if (dialect === 'postgres') return db.transaction().execute(work);
    await db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        await work(conn);
        await sql`commit`.execute(conn);
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  }

  private async commit(batch: readonly Pending[]): Promise<void> {
    const chains = new Map<string, Pending[]>();
    for (const p of batch) {
      const chainId = p.event.clinicId ?? systemChainId;
      chains.set(chainId, [...(chains.get(chainId) ?? []), p]);
    }
    const now = this.options.clock().toISOString();
    const { dialect } = this.options;
    await this.inTransaction(async (trx) => {
      for (const chainId of [...chains.keys()].sort()) {
        await auditRepository.ensureHead(trx, chainId, genesisHash, now);
        const head = await auditRepository.lockHead(trx, dialect, chainId);
        let prevHash = head.lastHash;
        let seq = head.rowCount;
        const rows: StoredAuditRow[] = (chains.get(chainId) ?? []).map(({ event, at }) => {
          const row = {
            chainId,
            seq: ++seq,
            at,
            clinicId: event.clinicId,
            actorId: event.actorId,
            action: event.action,
            entityType: event.entityType,
            entityIds: JSON.stringify(event.entityIds),
            patientId: event.patientId,
            requestId: event.requestId,
            ip: event.ip,
            prevHash,
          };
          prevHash = hashAuditRow(row);
          return { ...row, hash: prevHash };
        });
        for (let i = 0; i < rows.length; i += rowsPerInsert) {
          await auditRepository.insertRows(trx, rows.slice(i, i + rowsPerInsert));
        }
        await auditRepository.updateHead(trx, { chainId, rowCount: seq, lastHash: prevHash }, now);
      }
    });
    this.transactions += 1;
    this.rows += batch.length;
  }
}
