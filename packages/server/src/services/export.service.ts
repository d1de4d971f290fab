import { Readable } from 'node:stream';
import type { CsvTable, ExportScope, FhirBundleType, Role } from '@sotchart/contract';
import type { AuditEvent } from '../audit/audit-event';
import type { RequestContext } from '../auth/request-context';
import { patientRepository } from '../db/repositories/patient.repository';
import { notFound } from '../errors';
import { csvLine } from '../interop/csv/csv-line';
import { csvTableSpecs } from '../interop/csv/csv-tables';
import type { PatientRecord } from '../interop/fhir/export-record';
import { fhirBundleChunks } from '../interop/fhir/fhir-bundle';
import { loadExportSetting, patientRecords } from '../interop/patient-records';
import type { ServiceDeps } from './service-deps';

/**
 * Who runs an export: a signed-in user (their request context) or the CLI, which acts for a clinic
 * with no user (`userId` null) and is audited as such.
 */
export interface ExportActor {
  readonly clinicId: string;
  readonly userId: string | null;
  readonly role: Role;
  readonly requestId: string;
  readonly ip: string;
}

export const actorOf = (ctx: RequestContext): ExportActor => ctx;

export function exportAudit(
  actor: ExportActor,
  entityType: string,
  entityIds: readonly string[],
  patientId: string | null,
): AuditEvent {
  return {
    clinicId: actor.clinicId,
    actorId: actor.userId,
    action: 'export',
    entityType,
    entityIds,
    patientId,
    requestId: actor.requestId,
    ip: actor.ip,
  };
}

/** Rows read per query by the CSV export. */
export const csvPageSize = 500;

/** NOT_FOUND unless the scope's patient belongs to the actor's clinic (checked before any byte is sent). */
async function assertScope(deps: ServiceDeps, actor: ExportActor, scope: ExportScope): Promise<void> {
  if (scope.patientId === undefined) return;
  if ((await patientRepository.findById(deps.db, actor.clinicId, scope.patientId)) === undefined)
    throw notFound();
}

/** Each record is audited (one row per patient, action export) just before it is handed on. */
export async function* audited(
  deps: ServiceDeps,
  actor: ExportActor,
  entityType: string,
  records: AsyncIterable<PatientRecord>,
): AsyncGenerator<PatientRecord> {
  for await (const record of records) {
    const ids = [record.patient.id, ...record.visits.map((v) => v.id)];
    await deps.audit.record(exportAudit(actor, entityType, ids, record.patient.id));
    yield record;
  }
}

async function* csvChunks(
  deps: ServiceDeps,
  actor: ExportActor,
  table: CsvTable,
  patientId: string | null,
  pageSize: number,
): AsyncGenerator<string> {
  const spec = csvTableSpecs[table];
  yield csvLine(spec.header);
  let after: string | null = null;
  for (;;) {
    const page = await spec.page(deps.db, actor.clinicId, patientId, after, pageSize);
    if (page.rows.length > 0) {
      const only = page.patientIds.length === 1 ? (page.patientIds[0] ?? null) : null;
      await deps.audit.record(exportAudit(actor, `${table}_csv`, page.patientIds, patientId ?? only));
      yield page.rows.map(csvLine).join('');
    }
    if (page.rows.length < pageSize || page.lastId === null) return;
    after = page.lastId;
  }
}

/** A stream that pulls one chunk ahead of its reader, so a slow reader keeps memory flat. */
const lazyStream = (chunks: AsyncIterable<string>): Readable =>
  Readable.from(chunks, { objectMode: false, highWaterMark: 1 });

export const exportService = {
  /** The FHIR R4 Bundle (collection or transaction) of one patient or of the whole clinic, as JSON text. */
  async fhirBundle(
    deps: ServiceDeps,
    actor: ExportActor,
    scope: ExportScope,
    type: FhirBundleType = 'collection',
  ): Promise<Readable> {
    await assertScope(deps, actor, scope);
    const setting = await loadExportSetting(deps.db, actor.clinicId);
    const records = audited(
      deps,
      actor,
      'fhir_bundle',
      patientRecords(deps.db, actor.clinicId, scope.patientId),
    );
    return lazyStream(
      fhirBundleChunks(setting, records, {
        bundleId: deps.newId(),
        exportedAt: deps.clock().toISOString(),
        type,
      }),
    );
  },

  /** One CSV table (RFC 4180, UTF-8, header row) streamed page by page from the database. */
  async csv(
    deps: ServiceDeps,
    actor: ExportActor,
    table: CsvTable,
    scope: ExportScope,
    pageSize = csvPageSize,
  ): Promise<Readable> {
    await assertScope(deps, actor, scope);
    return lazyStream(csvChunks(deps, actor, table, scope.patientId ?? null, pageSize));
  },
};
