import type { Resource } from '@medplum/fhirtypes';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  bulkExportJobRepository,
  type BulkJob,
  type BulkOutput,
} from '../../db/repositories/bulk-export-job.repository';
import { loadExportSetting, loadPatientRecord } from '../../interop/patient-records';
import { exportAudit, type ExportActor } from '../../services/export.service';
import type { ServiceDeps } from '../../services/service-deps';
import { clinicPatientIds, restResourcesOf, sharedResources } from '../clinic-resources';
import { clinicScheduleResources } from '../clinic-schedule';
import { appendLines, removeJobFiles } from './bulk-files';
import { recordChangedSince } from './record-changed-since';

/** How long a finished export's files stay downloadable (docs/interop.md states it). */
export const bulkFileHours = 1;

/** Which resources a job writes: its `_type` list, or every type when it is empty. */
const wants = (job: BulkJob, type: string) => job.types.length === 0 || job.types.includes(type);

/** The level of a kick-off: the system level also exports the clinic's Organization and Practitioners. */
export type BulkLevel = 'system' | 'group' | 'patient';

/**
 * Runs Bulk Data export jobs inside the server process, one patient at a time, yielding to the event
 * loop between patients so requests keep being served. Each patient's record is audited (action
 * `export`) as it is written. A job can be cancelled (its files removed); closing the app stops every
 * job and waits for it.
 */
export class BulkExportRunner {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(
    readonly deps: ServiceDeps,
    /** The folder the jobs' files go under (a folder of the server's data folder). */
    readonly root: string,
    private readonly log: { error(obj: object, msg: string): void },
  ) {}

  start(job: BulkJob, level: BulkLevel, actor: ExportActor): void {
    const controller = new AbortController();
    const done = nextTurn()
      .then(() => this.run(job, level, actor, controller.signal))
      .catch(async (error: unknown) => {
        this.log.error({ err: error, jobId: job.id }, 'bulk export failed');
        await this.end(job.id, 'failed', []).catch(() => undefined);
      })
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, { controller, done });
  }

  /** Stops a running job of this process (if any) and waits until it has stopped writing. */
  async stop(jobId: string): Promise<void> {
    const entry = this.running.get(jobId);
    if (entry === undefined) return;
    entry.controller.abort();
    await entry.done;
  }

  async close(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id)));
  }

  private async run(job: BulkJob, level: BulkLevel, actor: ExportActor, signal: AbortSignal): Promise<void> {
    const { deps } = this;
    const setting = await loadExportSetting(deps.db, job.clinicId);
    const ids = await clinicPatientIds(deps.db, job.clinicId);
    const counts = new Map<string, number>();
    const write = async (resources: readonly Resource[]) => {
      const lines = new Map<string, string[]>();
      for (const r of resources) {
        if (!wants(job, r.resourceType)) continue;
        const list = lines.get(r.resourceType) ?? [];
        list.push(JSON.stringify(r));
        lines.set(r.resourceType, list);
        counts.set(r.resourceType, (counts.get(r.resourceType) ?? 0) + 1);
      }
      await appendLines(this.root, job.id, lines);
    };
    if (level === 'system') {
      await write(sharedResources(setting));
      // Schedules and Slots are the practitioners', outside every patient's compartment: system level only.
      await write(await clinicScheduleResources(deps.db, setting, deps.clock(), job.since));
    }
    const progress = (done: number) =>
      bulkExportJobRepository.progress(deps.db, job.id, done, ids.length, deps.clock().toISOString());
    await progress(0);
    for (const [index, id] of ids.entries()) {
      // Between patients: let requests run, and stop here when the job was cancelled.
      await nextTurn();
      if (signal.aborted) return;
      const record = await loadPatientRecord(deps.db, job.clinicId, id);
      if (record !== undefined && (job.since === null || recordChangedSince(record, job.since))) {
        const resources = restResourcesOf(record, setting);
        await deps.audit.record(exportAudit(actor, 'fhir_bulk', [record.patient.id], record.patient.id));
        await write(resources);
      }
      await progress(index + 1);
    }
    if (signal.aborted) return;
    const output = [...counts].map(([type, count]): BulkOutput => ({ type, count }));
    await this.end(job.id, 'completed', output);
  }

  private async end(
    jobId: string,
    status: 'completed' | 'failed',
    output: readonly BulkOutput[],
  ): Promise<void> {
    const now = this.deps.clock();
    const expiresAt = new Date(now.getTime() + bulkFileHours * 3_600_000).toISOString();
    const ended = await bulkExportJobRepository.finish(this.deps.db, jobId, {
      status,
      output,
      completedAt: now.toISOString(),
      expiresAt,
    });
    if (!ended || status === 'failed') await removeJobFiles(this.root, jobId);
  }
}
