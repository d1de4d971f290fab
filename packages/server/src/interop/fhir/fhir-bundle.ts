import type { BundleEntry, Resource } from '@medplum/fhirtypes';
import type { ExportSetting, PatientRecord } from './export-record';
import { episodeResources } from './episode-resources';
import { fullUrlOf } from './fhir-id';
import { categoryObservation, findingObservation } from './finding-observations';
import { organizationOf, practitionerOf } from './organization-resources';
import { historyOf, patientOf } from './patient-resources';
import { questionnaireResources } from './questionnaire-resources';
import { signatureResources } from './signature-resources';
import { sotCodeSystem } from './sot-code-system';
import { encounterOf, treatmentResources, visitConditions } from './visit-resources';

/** Every resource of one patient's record, the Patient first. */
export function patientResources(record: PatientRecord, setting: ExportSetting): Resource[] {
  const { patient, episodes, visits, addenda, questionnaires } = record;
  const { clinic, practitioners, indicatorNames } = setting;
  const out: Resource[] = [patientOf(patient, clinic), ...historyOf(patient)];
  for (const episode of episodes) out.push(...episodeResources(episode, clinic));
  for (const visit of visits) {
    out.push(
      encounterOf(visit, clinic),
      ...visitConditions(visit),
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
  return out;
}

/** The practitioners a patient's record refers to. */
export function practitionerIdsOf(record: PatientRecord): Set<string> {
  const ids = new Set<string>();
  for (const v of record.visits) {
    ids.add(v.practitionerId);
    if (v.signedBy !== null) ids.add(v.signedBy);
    for (const a of record.addenda.get(v.id) ?? []) ids.add(a.authorId);
  }
  return ids;
}

const entryOf = (resource: Resource): BundleEntry => ({ fullUrl: fullUrlOf(resource.id ?? ''), resource });

/**
 * The export as a FHIR R4 `collection` Bundle, produced piece by piece so a whole clinic's export never
 * sits in memory at once: the header, the SOT CodeSystem and the Organization, then each patient's
 * resources (preceded by any Practitioner not yet written), then the closing brackets. Joined, the
 * chunks are one JSON document.
 */
export async function* fhirBundleChunks(
  setting: ExportSetting,
  records: AsyncIterable<PatientRecord>,
  meta: { bundleId: string; exportedAt: string },
): AsyncGenerator<string> {
  const header = {
    resourceType: 'Bundle',
    id: meta.bundleId,
    meta: { lastUpdated: meta.exportedAt },
    type: 'collection',
    timestamp: meta.exportedAt,
  };
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
