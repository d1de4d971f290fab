import type {
  AllergyIntolerance,
  Condition,
  MedicationStatement,
  Patient as FhirPatient,
  Procedure,
  Resource,
} from '@medplum/fhirtypes';
import type { Clinic, Patient, PatientWithHistory } from '@sotchart/contract';
import { derivedId, refTo } from './fhir-id';
import { sotConcept } from './fhir-coding';
import { systems } from './fhir-systems';

/** The chart-number identifier every exported Patient carries, assigned by the clinic. */
export function chartNumberIdentifier(patient: Patient, clinic: Clinic) {
  return {
    use: 'usual' as const,
    type: { coding: [{ system: systems.v2IdentifierType, code: 'MR', display: 'Medical record number' }] },
    system: systems.chartNumber,
    value: patient.chartNumber,
    assigner: refTo('Organization', clinic.id, clinic.name),
  };
}

/** The Patient resource: chart number, name, sex, date of birth, phone, email and address. */
export function patientOf(patient: Patient, clinic: Clinic): FhirPatient {
  const telecom = [
    ...(patient.phone === null ? [] : [{ system: 'phone' as const, value: patient.phone }]),
    ...(patient.email === null ? [] : [{ system: 'email' as const, value: patient.email }]),
  ];
  return {
    resourceType: 'Patient',
    id: patient.id,
    identifier: [chartNumberIdentifier(patient, clinic)],
    active: !patient.archived,
    name: [{ use: 'official', family: patient.familyName, given: [patient.givenName] }],
    ...(telecom.length === 0 ? {} : { telecom }),
    gender: patient.sex,
    birthDate: patient.dateOfBirth,
    ...(patient.address === null ? {} : { address: [{ text: patient.address }] }),
    managingOrganization: refTo('Organization', clinic.id),
  };
}

/**
 * The history the patient reported at intake: conditions (Condition, not on the problem list),
 * surgeries (Procedure), medications (MedicationStatement) and allergies (AllergyIntolerance), each
 * as text because intake records no codes.
 */
export function historyOf(patient: PatientWithHistory): Resource[] {
  const subject = refTo('Patient', patient.id);
  const h = patient.history;
  const conditions = h.conditions.map((text, i): Condition => ({
    resourceType: 'Condition',
    id: derivedId(patient.id, 'history-condition', i),
    category: [{ text: 'Reported in the patient’s history' }],
    code: { text },
    subject,
  }));
  const surgeries = h.surgeries.map((text, i): Procedure => ({
    resourceType: 'Procedure',
    id: derivedId(patient.id, 'history-surgery', i),
    status: 'completed',
    category: sotConcept('prior-surgery'),
    code: { text },
    subject,
  }));
  const medications = h.medications.map((text, i): MedicationStatement => ({
    resourceType: 'MedicationStatement',
    id: derivedId(patient.id, 'history-medication', i),
    status: 'unknown',
    medicationCodeableConcept: { text },
    subject,
  }));
  const allergies = h.allergies.map((text, i): AllergyIntolerance => ({
    resourceType: 'AllergyIntolerance',
    id: derivedId(patient.id, 'history-allergy', i),
    // ait-1: clinicalStatus is required; an allergy the patient reports is taken as active.
    clinicalStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' },
      ],
    },
    code: { text },
    patient: subject,
  }));
  return [...conditions, ...surgeries, ...medications, ...allergies];
}
