import type { Group, Resource } from '@medplum/fhirtypes';
import type { RequestContext } from '../auth/request-context';
import { notFound } from '../errors';
import { appointmentRepository } from '../db/repositories/appointment.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import type { PatientRecord } from '../interop/fhir/export-record';
import { loadExportSetting, loadPatientRecord, patientRecords } from '../interop/patient-records';
import { auditOf, type ServiceDeps } from '../services/service-deps';
import {
  clinicGroup,
  clinicPatientIds,
  groupIdOf,
  practitionersOf,
  restResourcesOf,
  sharedResources,
} from './clinic-resources';
import { clinicScheduleResources } from './clinic-schedule';
import { scheduleTypes, type FhirSearch, type SearchableType } from './fhir-search';

type Records = AsyncIterable<PatientRecord> | Iterable<PatientRecord>;

/** One patient's record, or none when the id is not a patient of the clinic. */
async function* onePatient(deps: ServiceDeps, clinicId: string, patientId: string) {
  const record = await loadPatientRecord(deps.db, clinicId, patientId);
  if (record !== undefined) yield record;
}

/** The records a search walks: one patient's when it names one, else every record of the clinic. */
const recordsFor = (deps: ServiceDeps, clinicId: string, patientId: string | undefined): Records =>
  patientId === undefined
    ? patientRecords(deps.db, clinicId, undefined)
    : onePatient(deps, clinicId, patientId);

/**
 * The records that may hold resource `type/id`: a Patient's own, an Encounter's (its id is the visit's),
 * an Appointment's (its id is the appointment's),
 * else every record of the clinic, since other resources' ids are derived from the rows they come from.
 */
async function recordsHolding(
  deps: ServiceDeps,
  clinicId: string,
  type: SearchableType,
  id: string,
): Promise<Records> {
  if (type === 'Patient') return onePatient(deps, clinicId, id);
  if (type === 'Appointment') {
    const appointment = await appointmentRepository.findById(deps.db, clinicId, id);
    return appointment === undefined ? [] : onePatient(deps, clinicId, appointment.patientId);
  }
  if (type !== 'Encounter') return patientRecords(deps.db, clinicId, undefined);
  const visit = await visitRepository.findById(deps.db, clinicId, id);
  return visit === undefined ? [] : onePatient(deps, clinicId, visit.patientId);
}

/** One audit row per patient whose record an answer shows, like every other read. */
function audit(
  deps: ServiceDeps,
  ctx: RequestContext,
  type: string,
  record: PatientRecord,
  found: readonly Resource[],
) {
  const ids = found.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  return deps.audit.record(auditOf(ctx, 'read', `fhir_${type}`, ids, record.patient.id));
}

/**
 * The FHIR R4 read API over the clinic's records: every resource comes from the export's builders
 * (`clinic-resources.ts`), so the API, the Bundle export and Bulk Data never disagree. Scoped to the
 * caller's clinic; a foreign or unknown id is NOT_FOUND.
 */
export const fhirApiService = {
  async read(deps: ServiceDeps, ctx: RequestContext, type: SearchableType, id: string): Promise<Resource> {
    const setting = await loadExportSetting(deps.db, ctx.clinicId);
    if (scheduleTypes.includes(type)) {
      const found = (await clinicScheduleResources(deps.db, setting, deps.clock())).find(
        (r) => r.resourceType === type && r.id === id,
      );
      if (found === undefined) throw notFound();
      await deps.audit.record(auditOf(ctx, 'read', `fhir_${type}`, [id], null));
      return found;
    }
    for await (const record of await recordsHolding(deps, ctx.clinicId, type, id)) {
      const found = restResourcesOf(record, setting).find((r) => r.resourceType === type && r.id === id);
      if (found === undefined) continue;
      await audit(deps, ctx, type, record, [found]);
      return found;
    }
    throw notFound();
  },

  /** Every match of a search, in record order (the caller pages). */
  async search(
    deps: ServiceDeps,
    ctx: RequestContext,
    type: SearchableType,
    search: FhirSearch,
  ): Promise<Resource[]> {
    const setting = await loadExportSetting(deps.db, ctx.clinicId);
    if (scheduleTypes.includes(type)) {
      // A practitioner's time names no patient: one audit row for the answer, with none.
      const found = (await clinicScheduleResources(deps.db, setting, deps.clock())).filter(
        (r) => r.resourceType === type && search.matchers.every((m) => m(r)),
      );
      const ids = found.flatMap((r) => (r.id === undefined ? [] : [r.id]));
      await deps.audit.record(auditOf(ctx, 'read', `fhir_${type}`, ids, null));
      return found;
    }
    const matches: Resource[] = [];
    for await (const record of recordsFor(deps, ctx.clinicId, search.patientId)) {
      const found = restResourcesOf(record, setting).filter(
        (r) => r.resourceType === type && search.matchers.every((m) => m(r)),
      );
      if (found.length === 0) continue;
      await audit(deps, ctx, type, record, found);
      matches.push(...found);
    }
    return matches;
  },

  /** `Patient/{id}/$everything`: the patient's resources the caller may read, with the clinic and practitioners. */
  async everything(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    mayRead: (type: string) => boolean,
  ): Promise<Resource[]> {
    const setting = await loadExportSetting(deps.db, ctx.clinicId);
    const record = await loadPatientRecord(deps.db, ctx.clinicId, patientId);
    if (record === undefined) throw notFound();
    const [organization] = sharedResources(setting);
    const all = [
      ...restResourcesOf(record, setting),
      ...(organization === undefined ? [] : [organization]),
      ...practitionersOf(record, setting),
    ];
    const found = all.filter((r) => mayRead(r.resourceType));
    await audit(deps, ctx, 'everything', record, found);
    return found;
  },

  /** The clinic's one Group of all its patients; any other id is NOT_FOUND. */
  async group(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<Group> {
    if (id !== groupIdOf(ctx.clinicId)) throw notFound();
    const setting = await loadExportSetting(deps.db, ctx.clinicId);
    const ids = await clinicPatientIds(deps.db, ctx.clinicId);
    await deps.audit.record(auditOf(ctx, 'read', 'fhir_Group', ids, null));
    return clinicGroup(setting, ids);
  },
};
