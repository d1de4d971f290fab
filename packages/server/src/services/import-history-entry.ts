import type { FhirImportEntryResult } from '@sotchart/contract';
import { importedPatientRepository } from '../db/repositories/imported-patient.repository';
import {
  patientHistoryEntryRepository,
  type StoredHistoryEntry,
} from '../db/repositories/patient-history-entry.repository';
import type { FhirInputEntry } from '../interop/fhir/import/fhir-input-entries';
import type { Json } from '../interop/fhir/import/fhir-json';
import {
  historyEntryFromFhir,
  historyTypes,
  type IncomingHistoryEntry,
} from '../interop/fhir/import/history-entry-from-fhir';
import { referenceKey } from '../interop/fhir/import/patient-links';
import { notImported, writeOnce, type FhirImportRun } from './fhir-import-run';

type Resolved =
  | { readonly patientId: string | null }
  /** The clinic's own patient, whose record is here already. */
  | { readonly skipped: 'clinic-own' }
  /** The patient's entry of this import was not imported, or the patient is nowhere. */
  | { readonly refused: 'not-imported'; readonly entry: number }
  | { readonly refused: 'unknown' };

/**
 * The patient a history entry belongs to: a Patient of this import (by fullUrl or id), else one
 * imported before from a resource of that id. In a dry run a patient still to be created has no id.
 */
async function patientOf(run: FhirImportRun, reference: string): Promise<Resolved> {
  const link = run.links.get(reference);
  if (link !== undefined) {
    switch (link.kind) {
      case 'patient':
        return { patientId: link.patientId };
      case 'clinic-own':
        return { skipped: 'clinic-own' };
      case 'would-create':
        return { patientId: null };
      case 'not-imported':
        return { refused: 'not-imported', entry: link.entry };
      default: {
        const never: never = link;
        return never;
      }
    }
  }
  const key = referenceKey(reference);
  const ids = key.startsWith('Patient/')
    ? await importedPatientRepository.idsBySourceId(
        run.deps.db,
        run.actor.clinicId,
        key.slice('Patient/'.length),
      )
    : [];
  const only = ids.length === 1 ? ids[0] : undefined;
  return only === undefined ? { refused: 'unknown' } : { patientId: only };
}

/** What a later import may change about an entry (the resource keeps its source's key order). */
const contentOf = (e: StoredHistoryEntry): string =>
  JSON.stringify([
    e.patientId,
    e.codeSystem,
    e.code,
    e.display,
    e.status,
    e.startDate,
    e.endDate,
    e.value,
    e.resource,
  ]);

/**
 * Imports one history entry (Condition, AllergyIntolerance, medication, vital-sign or pain
 * Observation, Procedure, Encounter) in its own transaction: created, updated when the same source
 * resource was imported before with other content, skipped when it is unchanged, or refused.
 */
export async function importHistoryEntry(
  run: FhirImportRun,
  input: FhirInputEntry,
  resource: Json,
): Promise<FhirImportEntryResult> {
  const { deps, actor } = run;
  const entry = input.index;
  const type = typeof resource.resourceType === 'string' ? resource.resourceType : null;
  const mapped = historyEntryFromFhir(resource, input.fullUrl);
  if (!mapped.ok) return notImported(entry, type, mapped.outcome, mapped.reason, mapped.path);
  const incoming: IncomingHistoryEntry = mapped.entry;
  const patientPath = `resource.${historyTypes[incoming.resourceType]}`;
  if (mapped.patientReference === null)
    return notImported(entry, type, 'refused', `The ${type} names no patient.`, patientPath);
  const patient = await patientOf(run, mapped.patientReference);
  if ('skipped' in patient)
    return notImported(
      entry,
      type,
      'skipped',
      `The ${type} is not imported: its patient is this clinic’s own, whose record is here already.`,
    );
  if ('refused' in patient)
    return notImported(
      entry,
      type,
      'refused',
      patient.refused === 'not-imported'
        ? `The ${type} is not imported: its patient (entry ${patient.entry}) was not imported.`
        : `The ${type} is not imported: its patient is neither in this import nor imported before.`,
      patientPath,
    );
  const ownId = typeof resource.id === 'string' ? resource.id : null;
  if (ownId !== null && (await patientHistoryEntryRepository.exists(deps.db, actor.clinicId, ownId)))
    return notImported(
      entry,
      type,
      'skipped',
      `Already here: this ${type} is this clinic’s own imported history.`,
      'resource.id',
    );
  const sourceKey = JSON.stringify([incoming.resourceType, incoming.sourceSystem, incoming.sourceId]);
  if (run.historySources.has(sourceKey))
    return notImported(
      entry,
      type,
      'skipped',
      `Already imported: the same ${type} is in an earlier entry.`,
      'resource.id',
    );
  run.historySources.add(sourceKey);
  const earlier = await patientHistoryEntryRepository.findBySource(
    deps.db,
    actor.clinicId,
    incoming.resourceType,
    incoming.sourceSystem,
    incoming.sourceId,
  );
  const patientId = patient.patientId;
  const result = (outcome: 'created' | 'updated' | 'skipped', reason?: string): FhirImportEntryResult => ({
    entry,
    resourceType: type,
    outcome,
    ...(patientId === null ? {} : { patientId }),
    ...(reason === undefined ? {} : { reason }),
  });
  if (patientId === null) return result(earlier === undefined ? 'created' : 'updated');
  const stored: StoredHistoryEntry = { ...incoming, id: earlier?.id ?? deps.newId(), patientId };
  if (earlier !== undefined && contentOf(earlier) === contentOf(stored))
    return result('skipped', `Already imported: this ${type} was imported before, unchanged.`);
  if (run.dryRun) return result(earlier === undefined ? 'created' : 'updated');
  const clash = await writeOnce(entry, incoming.resourceType, () =>
    deps.db.transaction().execute(async (trx) => {
      if (earlier === undefined)
        await patientHistoryEntryRepository.insert(trx, actor.clinicId, stored, deps.clock().toISOString());
      else await patientHistoryEntryRepository.update(trx, actor.clinicId, stored);
      await deps.audit.within(
        trx,
        run.auditOf(
          earlier === undefined ? 'create' : 'update',
          'patient_history_entry',
          [stored.id],
          patientId,
        ),
      );
    }),
  );
  if (clash !== undefined) return clash;
  return result(earlier === undefined ? 'created' : 'updated');
}
