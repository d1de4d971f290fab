import type { FhirImportEntryResult } from '@sotchart/contract';
import type { AuditEvent } from '../audit/audit-event';
import { isUniqueViolation } from '../db/unique-violation';
import { PatientLinks } from '../interop/fhir/import/patient-links';
import type { ExportActor } from './export.service';
import type { ServiceDeps } from './service-deps';

/** Who imports: the same callers as an export's, a signed-in user or the CLI acting for the clinic. */
export type ImportActor = ExportActor;

/** What one import remembers from entry to entry (never the resources themselves). */
export class FhirImportRun {
  readonly links = new PatientLinks();
  /** Identifiers (system + value) and chart numbers taken by earlier entries of this import. */
  readonly identifiers = new Map<string, number>();
  readonly chartNumbers = new Set<string>();
  /** History entries (type, source system, source id) met earlier in this import. */
  readonly historySources = new Set<string>();
  /** Where the clinic's chart-number sequence goes on looking; set on first use. */
  nextChartNumber: number | null = null;

  constructor(
    readonly deps: ServiceDeps,
    readonly actor: ImportActor,
    readonly dryRun: boolean,
  ) {}

  /** The audit event of one entry's write. */
  auditOf(
    action: 'create' | 'update',
    entityType: string,
    ids: readonly string[],
    patientId: string,
  ): AuditEvent {
    const { clinicId, userId, requestId, ip } = this.actor;
    return { clinicId, actorId: userId, action, entityType, entityIds: ids, patientId, requestId, ip };
  }
}

/** The result of one entry that was not imported. */
export const notImported = (
  entry: number,
  resourceType: string | null,
  outcome: 'skipped' | 'refused',
  reason: string,
  path?: string,
): FhirImportEntryResult => ({
  entry,
  resourceType,
  outcome,
  reason,
  ...(path === undefined ? {} : { path }),
});

export const identifierKey = (system: string, value: string): string => JSON.stringify([system, value]);

/**
 * Runs one entry's write; a unique index refusing it means another import wrote the same patient,
 * identifier, chart number or entry at the same moment, which is a result, not a failure.
 */
export async function writeOnce(
  entry: number,
  resourceType: string,
  write: () => Promise<void>,
): Promise<FhirImportEntryResult | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return notImported(
      entry,
      resourceType,
      'skipped',
      'Another import wrote the same record at the same moment; import the file again to link it.',
    );
  }
}
