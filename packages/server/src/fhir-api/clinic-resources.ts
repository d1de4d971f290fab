import type { Group, Resource } from '@medplum/fhirtypes';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { exportRepository } from '../db/repositories/export.repository';
import type { ExportSetting, PatientRecord } from '../interop/fhir/export-record';
import { patientResources, practitionerIdsOf } from '../interop/fhir/fhir-bundle';
import { derivedId } from '../interop/fhir/fhir-id';
import { organizationOf, practitionerOf } from '../interop/fhir/organization-resources';
import { slotIdOf } from '../interop/fhir/schedule-resources';
import { restReferences } from './rest-references';

/** The clinic's Organization and every practitioner of the setting: what patients' resources refer to. */
export function sharedResources(setting: ExportSetting): Resource[] {
  return [organizationOf(setting.clinic), ...[...setting.practitioners.values()].map(practitionerOf)];
}

/**
 * One patient's resources as the REST API and Bulk Data show them: built by the export's own builders
 * (`patientResources`), references rewritten to `Type/id`.
 */
export function restResourcesOf(record: PatientRecord, setting: ExportSetting): Resource[] {
  return restReferences(withSlots(record, patientResources(record, setting)), sharedResources(setting));
}

/**
 * Each Appointment that holds its practitioner's time, with a reference to its busy Slot. Only here:
 * the API and Bulk Data serve Slots, but a patient's Bundle holds none, and would refer outside itself.
 */
function withSlots(record: PatientRecord, resources: readonly Resource[]): Resource[] {
  const holding = new Set((record.appointments ?? []).filter((a) => a.holdsSlot).map((a) => a.id));
  return resources.map((r) =>
    r.resourceType === 'Appointment' && r.id !== undefined && holding.has(r.id)
      ? { ...r, slot: [{ reference: `Slot/${slotIdOf(r.id)}` }] }
      : r,
  );
}

/** The practitioners one record refers to, as REST resources. */
export function practitionersOf(record: PatientRecord, setting: ExportSetting): Resource[] {
  const ids = practitionerIdsOf(record);
  return [...setting.practitioners.values()].filter((p) => ids.has(p.id)).map(practitionerOf);
}

/** The id of the clinic's Group of all its patients: the same for as long as the clinic exists. */
export const groupIdOf = (clinicId: string): string => derivedId(clinicId, 'group', 'all-patients');

/** Every patient id of the clinic, in id order. */
export async function clinicPatientIds(db: Kysely<Database>, clinicId: string): Promise<string[]> {
  const ids: string[] = [];
  const page = 1000;
  for (;;) {
    const batch = await exportRepository.patientIdsPage(db, clinicId, ids.at(-1) ?? null, page);
    ids.push(...batch);
    if (batch.length < page) return ids;
  }
}

/** The clinic's Group of all its patients (FHIR Bulk Data's usual export unit). */
export function clinicGroup(setting: ExportSetting, patientIds: readonly string[]): Group {
  return {
    resourceType: 'Group',
    id: groupIdOf(setting.clinic.id),
    type: 'person',
    actual: true,
    name: `All patients of ${setting.clinic.name}`,
    quantity: patientIds.length,
    managingEntity: { reference: `Organization/${setting.clinic.id}` },
    ...(patientIds.length === 0
      ? {}
      : { member: patientIds.map((id) => ({ entity: { reference: `Patient/${id}` } })) }),
  };
}
