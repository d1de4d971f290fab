import type { Kysely, Selectable } from 'kysely';
import type { BulkExportJobTable, Database } from '../database';
import { fromJson, toJson } from '../json';

/** One NDJSON file of a finished export: its resource type and how many resources (lines) it holds. */
export interface BulkOutput {
  readonly type: string;
  readonly count: number;
}

export type BulkJobStatus = 'in-progress' | 'completed' | 'failed';

/** A Bulk Data export job as the service sees it. */
export interface BulkJob {
  readonly id: string;
  readonly clinicId: string;
  /** The user or backend client that asked; only they may poll, download or cancel. */
  readonly actorId: string;
  readonly status: BulkJobStatus;
  readonly requestUrl: string;
  readonly types: readonly string[];
  readonly since: string | null;
  readonly transactionTime: string;
  readonly patientsDone: number;
  readonly patientsTotal: number;
  readonly output: readonly BulkOutput[];
  /** When the job last wrote progress. */
  readonly updatedAt: string;
  readonly completedAt: string | null;
  readonly expiresAt: string | null;
}

const toJob = (row: Selectable<BulkExportJobTable>): BulkJob => ({
  id: row.id,
  clinicId: row.clinic_id,
  actorId: row.actor_id,
  status: row.status as BulkJobStatus,
  requestUrl: row.request_url,
  types: fromJson<string[]>(row.types),
  since: row.since,
  transactionTime: row.transaction_time,
  patientsDone: row.patients_done,
  patientsTotal: row.patients_total,
  output: fromJson<BulkOutput[]>(row.output),
  updatedAt: row.updated_at,
  completedAt: row.completed_at,
  expiresAt: row.expires_at,
});

/** Bulk Data export jobs; their files are the runner's (`fhir-api/bulk/bulk-files.ts`). */
export const bulkExportJobRepository = {
  async insert(
    db: Kysely<Database>,
    job: Pick<BulkJob, 'id' | 'clinicId' | 'actorId' | 'requestUrl' | 'types' | 'since' | 'transactionTime'>,
  ): Promise<void> {
    await db
      .insertInto('bulk_export_job')
      .values({
        id: job.id,
        clinic_id: job.clinicId,
        actor_id: job.actorId,
        status: 'in-progress',
        request_url: job.requestUrl,
        types: toJson(job.types),
        since: job.since,
        transaction_time: job.transactionTime,
        output: '[]',
        updated_at: job.transactionTime,
      })
      .execute();
  },

  async find(db: Kysely<Database>, clinicId: string, id: string): Promise<BulkJob | undefined> {
    const row = await db
      .selectFrom('bulk_export_job')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toJob(row);
  },

  async progress(db: Kysely<Database>, id: string, done: number, total: number, at: string): Promise<void> {
    await db
      .updateTable('bulk_export_job')
      .set({ patients_done: done, patients_total: total, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'in-progress')
      .execute();
  },

  /** Ends a running job (completed with its files, or failed); false when it was cancelled meanwhile. */
  async finish(
    db: Kysely<Database>,
    id: string,
    end: {
      status: 'completed' | 'failed';
      output: readonly BulkOutput[];
      completedAt: string;
      expiresAt: string;
    },
  ): Promise<boolean> {
    const result = await db
      .updateTable('bulk_export_job')
      .set({
        status: end.status,
        output: toJson(end.output),
        completed_at: end.completedAt,
        expires_at: end.expiresAt,
      })
      .where('id', '=', id)
      .where('status', '=', 'in-progress')
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  async delete(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom('bulk_export_job').where('id', '=', id).execute();
  },

  /** Jobs of any clinic whose files have expired, or that stopped writing progress before `staleBefore`. */
  async expiredIds(db: Kysely<Database>, now: string, staleBefore: string): Promise<string[]> {
    const rows = await db
      .selectFrom('bulk_export_job')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<', now),
          eb.and([eb('status', '=', 'in-progress'), eb('updated_at', '<', staleBefore)]),
        ]),
      )
      .execute();
    return rows.map((r) => r.id);
  },
};
