import type { Identifier, Patient as FhirPatient, Resource } from '@medplum/fhirtypes';
import { refTo } from './fhir-id';
import { systems } from './fhir-systems';
import { historyTypes, isHistoryType } from './import/history-entry-from-fhir';
import { datePrecisely } from './import/partial-date';
import type { ImportedPatientRecord } from './imported-record-of';

/** v2-0203 codes an identifier's type is written back as a coding with; any other type stays text. */
const v2IdentifierTypes = new Set([
  'MR',
  'SS',
  'SB',
  'DL',
  'PPN',
  'NI',
  'TAX',
  'PI',
  'PRN',
  'AN',
  'MA',
  'MB',
  'MC',
  'NH',
]);

function identifierOf(i: ImportedPatientRecord['identifiers'][number]): Identifier {
  const type =
    i.type === null
      ? undefined
      : v2IdentifierTypes.has(i.type) || /^NN[A-Z]{3}$/.test(i.type)
        ? { coding: [{ system: systems.v2IdentifierType, code: i.type }] }
        : { text: i.type };
  return {
    ...(type === undefined ? {} : { type }),
    ...(i.system === '' ? {} : { system: i.system }),
    value: i.value,
  };
}

/**
 * A birth date as precise as its source gave it, unless it was edited since: a date the form changed
 * no longer sits on the first day that stood for the unknown month or day.
 */
function birthDateOf(date: string, precision: ImportedPatientRecord['facts']['birthDatePrecision']): string {
  const stillPartial =
    (precision === 'year' && date.endsWith('-01-01')) || (precision === 'month' && date.endsWith('-01'));
  return stillPartial ? datePrecisely(date, precision) : date;
}

/**
 * The Patient with what an import kept about it (every source identifier with its type, several given
 * names, a partial birth date, deceased), and then the imported history, each resource as it came in
 * with SOT Chart's id and a reference to the Patient. A patient never imported is left as it is.
 */
export function withImportedRecord(
  patient: FhirPatient,
  imported: ImportedPatientRecord | undefined,
): Resource[] {
  if (imported === undefined) return [patient];
  const { facts } = imported;
  const own = new Set((patient.identifier ?? []).map((i) => JSON.stringify([i.system ?? '', i.value])));
  const identifiers = imported.identifiers
    .filter((i) => !own.has(JSON.stringify([i.system, i.value])))
    .map(identifierOf);
  const [name, ...otherNames] = patient.name ?? [];
  const given = facts.givenNames;
  const sameName = given !== null && name?.given?.join(' ') === given.join(' ');
  const enriched: FhirPatient = {
    ...patient,
    identifier: [...(patient.identifier ?? []), ...identifiers],
    ...(name === undefined
      ? {}
      : { name: [sameName ? { ...name, given: [...given] } : name, ...otherNames] }),
    ...(patient.birthDate === undefined
      ? {}
      : { birthDate: birthDateOf(patient.birthDate, facts.birthDatePrecision) }),
    ...(facts.deceasedAt !== null
      ? { deceasedDateTime: facts.deceasedAt }
      : facts.deceased
        ? { deceasedBoolean: true }
        : {}),
  };
  const history = imported.history.map((entry): Resource => {
    const patientField = isHistoryType(entry.resourceType) ? historyTypes[entry.resourceType] : 'subject';
    return {
      ...entry.resource,
      resourceType: entry.resourceType,
      id: entry.id,
      [patientField]: refTo('Patient', entry.patientId),
    } as Resource;
  });
  return [enriched, ...history];
}
