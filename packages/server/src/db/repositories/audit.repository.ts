import type { AuditEntry } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { AuditRow } from '../../audit/audit-hash';
import type { Database } from '../database';
import type { DialectName } from '../connect';
import { fromJson } from '../json';

/** What the clinic's log can be narrowed to (see `listForClinic`). */
export interface AuditFilter {
  readonly patientId?: string;
  readonly actorId?: string;
  readonly action?: string;
  readonly atFrom?: string;
  readonly atBefore?: string;
}

/** An entry as stored: who acted is told from it by the service. */
export type StoredAuditEntry = Omit<AuditEntry, 'by'>;

export interface StoredAuditRow extends AuditRow {
  readonly hash: string;
}

/** An audit row committed with its change, waiting to be chained. */
export interface PendingAuditRow extends Omit<AuditRow, 'seq' | 'prevHash'> {
  readonly id: string;
}

export interface ChainHead {
  readonly chainId: string;
  readonly rowCount: number;
  readonly lastHash: string;
}

export const auditRepository = {
  /** Creates the chain's head at row 0 unless it exists; safe to race. */
  async ensureHead(db: Kysely<Database>, chainId: string, genesis: string, at: string): Promise<void> {
    await db
      .insertInto('audit_head')
      .values({ chain_id: chainId, row_count: 0, last_hash: genesis, updated_at: at })
      .onConflict((oc) => oc.column('chain_id').doNothing())
      .execute();
  },

  /**
   * Reads a chain's head inside the appending transaction (undefined when the chain has none yet). On
   * PostgreSQL the row is locked FOR UPDATE so concurrent appenders (other processes) queue and the
   * chain stays linear; SQLite has one writer.
   */
  async lockHead(
    db: Kysely<Database>,
    dialect: DialectName,
    chainId: string,
  ): Promise<ChainHead | undefined> {
    const row = await db
      .selectFrom('audit_head')
      .select(['chain_id', 'row_count', 'last_hash'])
      .where('chain_id', '=', chainId)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { chainId: row.chain_id, rowCount: row.row_count, lastHash: row.last_hash };
  },

  async insertRows(db: Kysely<Database>, rows: readonly StoredAuditRow[]): Promise<void> {
    await db
      .insertInto('audit_log')
      .values(
        rows.map((r) => ({
          chain_id: r.chainId,
          seq: r.seq,
          at: r.at,
          clinic_id: r.clinicId,
          actor_id: r.actorId,
          action: r.action,
          entity_type: r.entityType,
          entity_ids: r.entityIds,
          patient_id: r.patientId,
          request_id: r.requestId,
          ip: r.ip,
          prev_hash: r.prevHash,
          hash: r.hash,
        })),
      )
      .execute();
  },

  async updateHead(db: Kysely<Database>, head: ChainHead, at: string): Promise<void> {
    await db
      .updateTable('audit_head')
      .set({ row_count: head.rowCount, last_hash: head.lastHash, updated_at: at })
      .where('chain_id', '=', head.chainId)
      .execute();
  },

  /** Adds an unchained row, in the transaction of the change it records. */
  async insertPending(db: Kysely<Database>, row: PendingAuditRow): Promise<void> {
    await db
      .insertInto('pending_audit')
      .values({
        id: row.id,
        chain_id: row.chainId,
        at: row.at,
        clinic_id: row.clinicId,
        actor_id: row.actorId,
        action: row.action,
        entity_type: row.entityType,
        entity_ids: row.entityIds,
        patient_id: row.patientId,
        request_id: row.requestId,
        ip: row.ip,
      })
      .execute();
  },

  /** The oldest unchained rows, in the order they are to be chained. */
  async listPending(db: Kysely<Database>, limit: number): Promise<PendingAuditRow[]> {
    const rows = await db.selectFrom('pending_audit').selectAll().orderBy('id').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      chainId: r.chain_id,
      at: r.at,
      clinicId: r.clinic_id,
      actorId: r.actor_id,
      action: r.action,
      entityType: r.entity_type,
      entityIds: r.entity_ids,
      patientId: r.patient_id,
      requestId: r.request_id,
      ip: r.ip,
    }));
  },

  async deletePending(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
    await db.deleteFrom('pending_audit').where('id', 'in', ids).execute();
  },

  /** How many unchained rows each chain has. */
  async countPending(db: Kysely<Database>): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('pending_audit')
      .select(['chain_id', (eb) => eb.fn.countAll<number>().as('rows')])
      .groupBy('chain_id')
      .execute();
    return new Map(rows.map((r) => [r.chain_id, Number(r.rows)]));
  },

  async listHeads(db: Kysely<Database>): Promise<ChainHead[]> {
    const rows = await db.selectFrom('audit_head').selectAll().orderBy('chain_id').execute();
    return rows.map((r) => ({ chainId: r.chain_id, rowCount: r.row_count, lastHash: r.last_hash }));
  },

  async listChainIds(db: Kysely<Database>): Promise<string[]> {
    const rows = await db.selectFrom('audit_log').select('chain_id').distinct().execute();
    return rows.map((r) => r.chain_id);
  },

  /** A page of a chain in order, from `afterSeq` on. */
  async chainPage(
    db: Kysely<Database>,
    chainId: string,
    afterSeq: number,
    limit: number,
  ): Promise<StoredAuditRow[]> {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain_id', '=', chainId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      chainId: r.chain_id,
      seq: r.seq,
      at: r.at,
      clinicId: r.clinic_id,
      actorId: r.actor_id,
      action: r.action,
      entityType: r.entity_type,
      entityIds: r.entity_ids,
      patientId: r.patient_id,
      requestId: r.request_id,
      ip: r.ip,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  },

  /**
   * A clinic's entries, newest first, narrowed as `filter` says, with the actor's name and the patient's
   * (only a patient of this clinic: the join is on the clinic too). `atFrom`/`atBefore` bound the
   * entry's instant, from included, before excluded.
   */
  async listForClinic(
    db: Kysely<Database>,
    clinicId: string,
    filter: AuditFilter & { beforeSeq?: number; limit: number },
  ): Promise<StoredAuditEntry[]> {
    const rows = await db
      .selectFrom('audit_log')
      .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
      .leftJoin('patient', (j) =>
        j.onRef('patient.id', '=', 'audit_log.patient_id').on('patient.clinic_id', '=', clinicId),
      )
      .select([
        'audit_log.seq',
        'audit_log.at',
        'audit_log.action',
        'audit_log.entity_type',
        'audit_log.entity_ids',
        'audit_log.patient_id',
        'audit_log.actor_id',
        'audit_log.request_id',
        'audit_log.ip',
        'app_user.display_name',
        'patient.given_name',
        'patient.family_name',
      ])
      .where('audit_log.chain_id', '=', clinicId)
      .$if(filter.patientId !== undefined, (q) =>
        q.where('audit_log.patient_id', '=', filter.patientId as string),
      )
      .$if(filter.actorId !== undefined, (q) => q.where('audit_log.actor_id', '=', filter.actorId as string))
      .$if(filter.action !== undefined, (q) => q.where('audit_log.action', '=', filter.action as string))
      .$if(filter.atFrom !== undefined, (q) => q.where('audit_log.at', '>=', filter.atFrom as string))
      .$if(filter.atBefore !== undefined, (q) => q.where('audit_log.at', '<', filter.atBefore as string))
      .$if(filter.beforeSeq !== undefined, (q) => q.where('audit_log.seq', '<', filter.beforeSeq as number))
      .orderBy('audit_log.seq', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      action: r.action,
      entityType: r.entity_type,
      entityIds: fromJson<string[]>(r.entity_ids),
      patientId: r.patient_id,
      patientName:
        r.given_name === null || r.family_name === null
          ? null
          : { givenName: r.given_name, familyName: r.family_name },
      actor: r.actor_id === null ? null : { id: r.actor_id, displayName: r.display_name ?? '' },
      requestId: r.request_id,
      ip: r.ip,
    }));
  },
};
