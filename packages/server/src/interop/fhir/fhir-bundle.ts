import type { BundleEntry, Resource } from '@medplum/fhirtypes';
import type { FhirBundleType } from '@sotchart/contract';
import { appointmentOf } from './appointment-resources';
import { consentOf } from './consent-resources';
import type { ExportSetting, PatientRecord } from './export-record';
import { episodeResources } from './episode-resources';
import { entryFullUrl } from './fhir-id';
import { categoryObservation, findingObservation } from './finding-observations';
import { organizationOf, practitionerOf } from './organization-resources';
import { withImportedRecord } from './imported-history-resources';
import { historyOf, patientOf } from './patient-resources';
import { questionnaireResources } from './questionnaire-resources';
import { signatureResources } from './signature-resources';
import { sotCodeSystem } from './sot-code-system';
import { withUsCoreProfiles } from './us-core-profiles';
import { vitalSignObservations } from './vital-sign-observations';
import { encounterOf, treatmentResources, visitConditions } from './visit-resources';

/**
 * Every resource of one patient's record, the Patient first, each naming the US Core profiles whose
 * required elements it carries.
 */
export function patientResources(record: PatientRecord, setting: ExportSetting): Resource[] {
  const { patient, episodes, visits, addenda, questionnaires, consents } = record;
  const { clinic, practitioners, indicatorNames } = setting;
  const out: Resource[] = [
    ...withImportedRecord(patientOf(patient, clinic), record.imported),
    ...historyOf(patient),
  ];
  for (const consent of consents) out.push(consentOf(consent, clinic));
  for (const episode of episodes) out.push(...episodeResources(episode, clinic));
  const appointmentOfVisit = new Map(
    (record.appointments ?? []).flatMap((a) => (a.visitId === null ? [] : [[a.visitId, a.id] as const])),
  );
  for (const visit of visits) {
    out.push(
      encounterOf(visit, clinic, appointmentOfVisit.get(visit.id)),
      ...visitConditions(visit),
      ...vitalSignObservations(visit),
      ...visit.findings.map((f) => findingObservation(visit, f, indicatorNames)),
      categoryObservation(visit),
      ...treatmentResources(visit),
      ...signatureResources(
        visit,
        patient,
        clinic,
        addenda.get(visit.id) ?? [],
        practitioners,
        indicatorNames,
      ),
    );
  }
  for (const q of questionnaires) out.push(...questionnaireResources(q, patient.id));
  for (const a of record.appointments ?? []) out.push(appointmentOf(a, visits));
  return out.map(withUsCoreProfiles);
}

/** The practitioners a patient's record refers to. */
export function practitionerIdsOf(record: PatientRecord): Set<string> {
  const ids = new Set<string>();
  for (const v of record.visits) {
    ids.add(v.practitionerId);
    if (v.signedBy !== null) ids.add(v.signedBy);
    for (const a of record.addenda.get(v.id) ?? []) ids.add(a.authorId);
  }
  for (const a of record.appointments ?? []) ids.add(a.practitionerId);
  return ids;
}

/**
 * A Bundle entry. In a transaction every entry also says `PUT <type>/<id>`, so a server that accepts
 * it keeps SOT Chart's ids and a second import updates rather than duplicates.
 */
export function bundleEntryOf(resource: Resource, type: FhirBundleType): BundleEntry {
  const entry: BundleEntry = { fullUrl: entryFullUrl(resource), resource };
  if (type === 'collection') return entry;
  return { ...entry, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id ?? ''}` } };
}

/**
 * The export as a FHIR R4 Bundle (`collection`, or `transaction` to load into another server),
 * produced piece by piece so a whole clinic's export never sits in memory at once: the header, the
 * SOT CodeSystem and the Organization, then each patient's resources (preceded by any Practitioner
 * not yet written), then the closing brackets. Joined, the chunks are one JSON document.
 */
export async function* fhirBundleChunks(
  setting: ExportSetting,
  records: AsyncIterable<PatientRecord>,
  meta: { bundleId: string; exportedAt: string; type: FhirBundleType },
): AsyncGenerator<string> {
  const header = {
    resourceType: 'Bundle',
    id: meta.bundleId,
    meta: { lastUpdated: meta.exportedAt },
    type: meta.type,
    timestamp: meta.exportedAt,
  };
  const entryOf = (resource: Resource) => bundleEntryOf(resource, meta.type);
  yield `${JSON.stringify(header).slice(0, -1)},"entry":[\n`;
  yield JSON.stringify(entryOf(sotCodeSystem()));
  yield `,\n${JSON.stringify(entryOf(organizationOf(setting.clinic)))}`;
  const written = new Set<string>();
  for await (const record of records) {
    const parts: string[] = [];
    for (const id of practitionerIdsOf(record)) {
      const practitioner = setting.practitioners.get(id);
      if (written.has(id) || practitioner === undefined) continue;
      written.add(id);
      parts.push(JSON.stringify(entryOf(practitionerOf(practitioner))));
    }
    for (const resource of patientResources(record, setting)) parts.push(JSON.stringify(entryOf(resource)));
    yield `,\n${parts.join(',\n')}`;
  }
  yield '\n]}\n';
}
