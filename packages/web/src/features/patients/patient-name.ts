import type { PatientSummary } from '@sotchart/contract';

/** "Family, Given": the order a front desk files and searches by. */
export function patientName(patient: Pick<PatientSummary, 'givenName' | 'familyName'>): string {
  return `${patient.familyName}, ${patient.givenName}`;
}

/** "Given Family", for headings. */
export function patientFullName(patient: Pick<PatientSummary, 'givenName' | 'familyName'>): string {
  return `${patient.givenName} ${patient.familyName}`;
}

export const sexLabels: Readonly<Record<PatientSummary['sex'], string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not recorded',
};
