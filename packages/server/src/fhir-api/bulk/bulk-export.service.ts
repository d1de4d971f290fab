import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../auth/request-context';
import { bulkExportJobRepository, type BulkJob } from '../../db/repositories/bulk-export-job.repository';
import { AppError, notFound } from '../../errors';
import { auditOf } from '../../services/service-deps';
import { parseScope } from '../../smart/smart-scopes';
import { mayAccess } from '../fhir-access';
import type { BulkExportRunner, BulkLevel } from './bulk-export-runner';
import { removeJobFiles, typeFile } from './bulk-files';
import type { BulkRequest } from './bulk-request';

/** The completion manifest (Bulk Data Access IG v2 §Response - Complete Status). */
export interface BulkManifest {
  readonly transactionTime: string;
  readonly request: string;
  readonly requiresAccessToken: true;
  readonly output: readonly { type: string; url: string; count: number }[];
  readonly error: readonly never[];
}

/** Where a job stands when polled. */
export type BulkStatus =
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'completed'; readonly manifest: BulkManifest; readonly expiresAt: string }
  | { readonly kind: 'failed' };

/**
 * The types a kick-off exports: its `_type` list, each of which the caller's scopes must allow to be
 * searched (403 naming the first that is not); without `_type`, every type for a session or a `*` scope,
 * else the types the scopes name.
 */
function exportTypes(request: FastifyRequest, asked: BulkRequest): string[] {
  const refused = asked.types.find((type) => !mayAccess(request, type, 'search'));
  if (refused !== undefined)
    throw new AppError('FORBIDDEN', {
      message: `The access token's scopes do not allow export of ${refused}.`,
    });
  if (asked.types.length > 0 || request.fhirScopes === null) return [...asked.types];
  const scopes = request.fhirScopes.flatMap((s) => parseScope(s) ?? []).filter((s) => s.search);
  return scopes.some((s) => s.resourceType === '*') ? [] : [...new Set(scopes.map((s) => s.resourceType))];
}

/**
 * A running job writes progress after every patient; one silent this long was cut off (the server
 * process running it stopped), and is reported as failed rather than left running for ever.
 */
export const staleJobMinutes = 10;

const interrupted = (runner: BulkExportRunner, job: BulkJob): boolean =>
  runner.deps.clock().getTime() - new Date(job.updatedAt).getTime() > staleJobMinutes * 60_000;

/** The caller's own job; another caller's, another clinic's, an expired or unknown one is NOT_FOUND. */
async function ownJob(runner: BulkExportRunner, ctx: RequestContext, id: string): Promise<BulkJob> {
  const job = await bulkExportJobRepository.find(runner.deps.db, ctx.clinicId, id);
  if (job === undefined || job.actorId !== ctx.userId) throw notFound();
  if (job.expiresAt !== null && job.expiresAt < runner.deps.clock().toISOString()) {
    await forget(runner, id);
    throw notFound();
  }
  return job;
}

async function forget(runner: BulkExportRunner, id: string): Promise<void> {
  await runner.stop(id);
  await bulkExportJobRepository.delete(runner.deps.db, id);
  await removeJobFiles(runner.root, id);
}

/** Removes every job whose files have expired or that was interrupted, of any clinic (at each kick-off). */
async function sweep(runner: BulkExportRunner): Promise<void> {
  const now = runner.deps.clock();
  const staleBefore = new Date(now.getTime() - staleJobMinutes * 60_000).toISOString();
  for (const id of await bulkExportJobRepository.expiredIds(runner.deps.db, now.toISOString(), staleBefore))
    await forget(runner, id);
}

/** The download address of one output file. */
export const fileUrl = (fhirBase: string, jobId: string, type: string): string =>
  `${fhirBase}/bulk-files/${jobId}/${type}.ndjson`;

/** FHIR Bulk Data export: kick-off, status, cancel and the files, each for the job's own requester only. */
export const bulkExportService = {
  async kickOff(
    runner: BulkExportRunner,
    request: FastifyRequest,
    ctx: RequestContext,
    level: BulkLevel,
    asked: BulkRequest,
    requestUrl: string,
  ): Promise<string> {
    const types = exportTypes(request, asked);
    await sweep(runner);
    const job = {
      id: runner.deps.newId(),
      clinicId: ctx.clinicId,
      actorId: ctx.userId,
      requestUrl,
      types,
      since: asked.since,
      transactionTime: runner.deps.clock().toISOString(),
    };
    await bulkExportJobRepository.insert(runner.deps.db, job);
    const stored = await bulkExportJobRepository.find(runner.deps.db, ctx.clinicId, job.id);
    if (stored === undefined) throw new Error('bulk export job vanished after insert');
    runner.start(stored, level, ctx);
    return job.id;
  },

  async status(
    runner: BulkExportRunner,
    ctx: RequestContext,
    id: string,
    fhirBase: string,
  ): Promise<BulkStatus> {
    const job = await ownJob(runner, ctx, id);
    if (job.status === 'in-progress' && !interrupted(runner, job))
      return { kind: 'running', done: job.patientsDone, total: job.patientsTotal };
    if (job.status === 'failed' || job.expiresAt === null) return { kind: 'failed' };
    return {
      kind: 'completed',
      expiresAt: job.expiresAt,
      manifest: {
        transactionTime: job.transactionTime,
        request: job.requestUrl,
        requiresAccessToken: true,
        output: job.output.map((o) => ({
          type: o.type,
          url: fileUrl(fhirBase, job.id, o.type),
          count: o.count,
        })),
        error: [],
      },
    };
  },

  /** Cancels a running job or deletes a finished one, with its files. */
  async cancel(runner: BulkExportRunner, ctx: RequestContext, id: string): Promise<void> {
    await ownJob(runner, ctx, id);
    await forget(runner, id);
    await runner.deps.audit.record(auditOf(ctx, 'update', 'fhir_bulk_job', [id], null));
  },

  /** The path of a finished job's file of `type`; the download itself is audited. */
  async file(runner: BulkExportRunner, ctx: RequestContext, id: string, type: string): Promise<string> {
    const job = await ownJob(runner, ctx, id);
    if (job.status !== 'completed' || !job.output.some((o) => o.type === type)) throw notFound();
    await runner.deps.audit.record(auditOf(ctx, 'read', 'fhir_bulk_file', [id, type], null));
    return typeFile(runner.root, id, type);
  },
};
