import type { FhirImportResult, PatientWithHistory } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { patientIdentifierRepository } from '../db/repositories/patient-identifier.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { validationFailed } from '../errors';
import { importEntries, patientFromFhir } from '../interop/fhir/patient-from-fhir';
import { auditOf, type ServiceDeps } from './service-deps';

/** Largest number of entries one import takes. */
export const maxImportEntries = 1000;

export const fhirImportService = {
  /**
   * Imports FHIR Patient resources (one, or a Bundle's entries) as new patients, in one transaction.
   * Each entry is created or rejected with its reason; an identifier (system + value) already imported
   * into the clinic, or met twice in the same body, and a chart number already in use are rejected,
   * so the same patient is never imported twice.
   */
  async importPatients(deps: ServiceDeps, ctx: RequestContext, body: unknown): Promise<FhirImportResult> {
    const parsed = importEntries(body);
    if ('error' in parsed) throw validationFailed([{ path: 'resourceType', message: parsed.error }]);
    if (parsed.entries.length > maxImportEntries)
      throw validationFailed([{ path: 'entry', message: `at most ${maxImportEntries} entries per import` }]);
    const result: FhirImportResult = { created: [], rejected: [] };
    await deps.db.transaction().execute(async (trx) => {
      const seen = new Set<string>();
      const seenCharts = new Set<string>();
      for (const [entry, resource] of parsed.entries.entries()) {
        const mapped = patientFromFhir(resource);
        if (!mapped.ok) {
          result.rejected.push({
            entry,
            reason: `The entry ${mapped.reason}.`,
            ...(mapped.path ? { path: mapped.path } : {}),
          });
          continue;
        }
        let duplicate: string | null = null;
        for (const id of mapped.identifiers) {
          const key = JSON.stringify([id.system, id.value]);
          const label = id.system === '' ? id.value : `${id.system}|${id.value}`;
          if (seen.has(key))
            duplicate = `The identifier ${label} appears in an earlier entry of this import.`;
          else if (
            (await patientIdentifierRepository.findPatient(trx, ctx.clinicId, id.system, id.value)) !==
            undefined
          )
            duplicate = `The identifier ${label} was already imported.`;
          if (duplicate !== null) break;
        }
        const chart = mapped.patient.chartNumber;
        if (
          duplicate === null &&
          (seenCharts.has(chart) ||
            (await patientRepository.chartNumberTaken(trx, ctx.clinicId, chart, null)))
        )
          duplicate = `The chart number ${chart} is already used by a patient of this clinic.`;
        if (duplicate !== null) {
          result.rejected.push({ entry, reason: duplicate, path: 'resource.identifier' });
          continue;
        }
        const now = deps.clock().toISOString();
        const { history: _history, notes: _notes, ...demographics } = mapped.patient;
        const patient: PatientWithHistory = {
          ...demographics,
          history: { conditions: [], surgeries: [], medications: [], allergies: [] },
          notes: '',
          id: deps.newId(),
          archived: false,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        await patientRepository.insert(trx, ctx.clinicId, patient, ctx.userId);
        await patientIdentifierRepository.insertMany(trx, ctx.clinicId, patient.id, mapped.identifiers, now);
        await deps.audit.within(trx, auditOf(ctx, 'create', 'patient', [patient.id], patient.id));
        for (const id of mapped.identifiers) seen.add(JSON.stringify([id.system, id.value]));
        seenCharts.add(chart);
        result.created.push({ entry, patientId: patient.id, chartNumber: chart });
      }
    });
    return result;
  },
};
