import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import {
  importedPatientRepository,
  type ImportedPatientFacts,
} from '../../db/repositories/imported-patient.repository';
import {
  patientHistoryEntryRepository,
  type StoredHistoryEntry,
} from '../../db/repositories/patient-history-entry.repository';
import {
  patientIdentifierRepository,
  type StoredIdentifier,
} from '../../db/repositories/patient-identifier.repository';

/** What a FHIR import kept about one patient, whole (the screen masks national identifiers). */
export interface ImportedPatientRecord {
  readonly facts: ImportedPatientFacts;
  readonly identifiers: readonly StoredIdentifier[];
  readonly history: readonly StoredHistoryEntry[];
}

/** The imported facts, identifiers and history of a patient of the clinic (empty for one never imported). */
export async function importedRecordOf(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<ImportedPatientRecord | undefined> {
  const facts = await importedPatientRepository.facts(db, clinicId, patientId);
  if (facts === undefined) return undefined;
  return {
    facts,
    identifiers: await patientIdentifierRepository.listByPatient(db, clinicId, patientId),
    history: await patientHistoryEntryRepository.listByPatient(db, clinicId, patientId),
  };
}
