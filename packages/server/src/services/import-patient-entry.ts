import type { FhirImportEntryResult, PatientWithHistory } from '@sotchart/contract';
import { importedPatientRepository } from '../db/repositories/imported-patient.repository';
import { patientIdentifierRepository } from '../db/repositories/patient-identifier.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { systems } from '../interop/fhir/fhir-systems';
import type { FhirInputEntry } from '../interop/fhir/import/fhir-input-entries';
import { text, type Json } from '../interop/fhir/import/fhir-json';
import type { PatientLink } from '../interop/fhir/import/patient-links';
import { patientFromFhir, type IncomingIdentifier } from '../interop/fhir/patient-from-fhir';
import { identifierKey, notImported, writeOnce, type FhirImportRun } from './fhir-import-run';

/** What an earlier import of a Patient was found by. */
export type FoundBy =
  | { readonly kind: 'chart-number'; readonly chartNumber: string }
  | { readonly kind: 'identifier'; readonly identifier: IncomingIdentifier };

/** An identifier as a result names it (system|value); a national one is never named by its value. */
const identifierText = (i: IncomingIdentifier) => `${i.system === '' ? '' : `${i.system}|`}${i.value}`;

/**
 * Why a Patient is skipped as imported before (`entry` null) or earlier in this import: one whole
 * sentence per case, each a message of the `fhirImport` catalogue.
 */
export function alreadyImportedReason(by: FoundBy, entry: number | null): string {
  if (by.kind === 'chart-number')
    return `Already imported: the chart number ${by.chartNumber} was imported before.`;
  const i = by.identifier;
  if (i.national) {
    const identifierType = i.type ?? i.system;
    return entry === null
      ? `Already imported: a national identifier (${identifierType}) was imported before.`
      : `Already imported: a national identifier (${identifierType}) is in entry ${entry} of this import.`;
  }
  const identifier = identifierText(i);
  return entry === null
    ? `Already imported: the identifier ${identifier} was imported before.`
    : `Already imported: the identifier ${identifier} is in entry ${entry} of this import.`;
}

/**
 * The patient this Patient was imported as before, in this import or an earlier one: the clinic's own
 * patient coming back in its own export (its chart number and record id are this clinic's), else by
 * an identifier.
 */
async function earlierImport(
  run: FhirImportRun,
  identifiers: readonly IncomingIdentifier[],
  resourceId: string | null,
): Promise<{ patientId: string | null; entry: number | null; by: FoundBy; own?: true } | undefined> {
  for (const i of identifiers.filter((id) => id.system === systems.chartNumber)) {
    const taken = await importedPatientRepository.idByChartNumber(run.deps.db, run.actor.clinicId, i.value);
    if (taken !== undefined && taken === resourceId)
      return { patientId: taken, entry: null, by: { kind: 'chart-number', chartNumber: i.value }, own: true };
  }
  for (const i of identifiers) {
    const seen = run.identifiers.get(identifierKey(i.system, i.value));
    if (seen !== undefined)
      return { patientId: null, entry: seen, by: { kind: 'identifier', identifier: i } };
    const found = await patientIdentifierRepository.findPatient(
      run.deps.db,
      run.actor.clinicId,
      i.system,
      i.value,
    );
    if (found !== undefined)
      return { patientId: found, entry: null, by: { kind: 'identifier', identifier: i } };
  }
  return undefined;
}

async function chartNumberFree(run: FhirImportRun, chartNumber: string): Promise<boolean> {
  return (
    !run.chartNumbers.has(chartNumber) &&
    !(await patientRepository.chartNumberTaken(run.deps.db, run.actor.clinicId, chartNumber, null))
  );
}

/** The next free number of the clinic's own sequence (1, 2, 3, … after its patient count). */
async function nextChartNumber(run: FhirImportRun): Promise<string> {
  run.nextChartNumber ??= (await importedPatientRepository.count(run.deps.db, run.actor.clinicId)) + 1;
  while (!(await chartNumberFree(run, String(run.nextChartNumber)))) run.nextChartNumber += 1;
  const chosen = String(run.nextChartNumber);
  run.nextChartNumber += 1;
  return chosen;
}

/**
 * Imports one Patient entry in its own transaction: refused with the field to blame, skipped when one
 * of its identifiers was imported before (the history that follows is linked to that patient), else
 * created with the source's chart number when it fits and is free, or the clinic's next one.
 */
export async function importPatientEntry(
  run: FhirImportRun,
  input: FhirInputEntry,
  resource: Json,
): Promise<FhirImportEntryResult> {
  const { deps, actor } = run;
  const entry = input.index;
  const resourceId = text(resource.id) ?? null;
  const mapped = patientFromFhir(resource);
  if (!mapped.ok) {
    run.links.add(entry, input.fullUrl, resourceId, { kind: 'not-imported', entry });
    return notImported(entry, 'Patient', 'refused', mapped.reason, mapped.path);
  }
  const earlier = await earlierImport(run, mapped.identifiers, resourceId);
  if (earlier !== undefined) {
    // A duplicate within this import leads where its first entry led, so its history is kept too.
    const link: PatientLink =
      earlier.patientId === null
        ? (run.links.ofEntry(earlier.entry ?? -1) ?? { kind: 'not-imported', entry })
        : { kind: earlier.own === true ? 'clinic-own' : 'patient', patientId: earlier.patientId };
    run.links.add(entry, input.fullUrl, resourceId, link);
    const reason = alreadyImportedReason(earlier.by, earlier.entry);
    return {
      ...notImported(entry, 'Patient', 'skipped', reason, 'resource.identifier'),
      ...(link.kind === 'patient' || link.kind === 'clinic-own' ? { patientId: link.patientId } : {}),
    };
  }
  const own = mapped.patient.chartNumber;
  const chartNumber = own !== null && (await chartNumberFree(run, own)) ? own : await nextChartNumber(run);
  for (const i of mapped.identifiers) run.identifiers.set(identifierKey(i.system, i.value), entry);
  run.chartNumbers.add(chartNumber);
  if (run.dryRun) {
    run.links.add(entry, input.fullUrl, resourceId, { kind: 'would-create', entry });
    return { entry, resourceType: 'Patient', outcome: 'created', chartNumber };
  }
  const now = deps.clock().toISOString();
  const patient: PatientWithHistory = {
    ...mapped.patient,
    chartNumber,
    history: { conditions: [], surgeries: [], medications: [], allergies: [] },
    notes: '',
    id: deps.newId(),
    archived: mapped.facts.archived,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const clash = await writeOnce(entry, 'Patient', () =>
    deps.db.transaction().execute(async (trx) => {
      await patientRepository.insert(trx, actor.clinicId, patient, actor.userId);
      await patientIdentifierRepository.insertMany(trx, actor.clinicId, patient.id, mapped.identifiers, now);
      await importedPatientRepository.setFacts(trx, actor.clinicId, patient.id, mapped.facts);
      await deps.audit.within(trx, run.auditOf('create', 'patient', [patient.id], patient.id));
    }),
  );
  if (clash !== undefined) {
    run.links.add(entry, input.fullUrl, resourceId, { kind: 'not-imported', entry });
    return clash;
  }
  run.links.add(entry, input.fullUrl, resourceId, { kind: 'patient', patientId: patient.id });
  return { entry, resourceType: 'Patient', outcome: 'created', patientId: patient.id, chartNumber };
}
