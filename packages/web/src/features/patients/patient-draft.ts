import type { Patient } from '@sotchart/contract';
import type { NewPatient } from '../../api/patients-api';
import { coverageBodyOf, coverageDraftsOf, emptyCoverageDrafts, type CoverageDrafts } from './coverage-draft';

/** The patient form's state (demographics and insurance): every field as the text the user typed. */
export interface PatientDraft {
  readonly chartNumber: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly sex: Patient['sex'];
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly occupation: string;
  readonly coverage: CoverageDrafts;
}

/** The demographic fields: one text each (the insurance has its own fields). */
export type DemographicKey = Exclude<keyof PatientDraft, 'coverage'>;

export const emptyPatientDraft: PatientDraft = {
  chartNumber: '',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  sex: 'unknown',
  phone: '',
  email: '',
  address: '',
  occupation: '',
  coverage: emptyCoverageDrafts,
};

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The draft of a stored patient, for editing. */
export function draftOf(patient: Patient): PatientDraft {
  return {
    chartNumber: patient.chartNumber,
    givenName: patient.givenName,
    familyName: patient.familyName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    address: patient.address ?? '',
    occupation: patient.occupation ?? '',
    coverage: coverageDraftsOf(patient.coverage),
  };
}

/** The request body of a draft: blank optional fields become null. */
export function bodyOf(draft: PatientDraft): Required<Omit<NewPatient, 'history' | 'notes'>> {
  return {
    chartNumber: draft.chartNumber,
    givenName: draft.givenName,
    familyName: draft.familyName,
    dateOfBirth: draft.dateOfBirth,
    sex: draft.sex,
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    address: orNull(draft.address),
    occupation: orNull(draft.occupation),
    coverage: coverageBodyOf(draft.coverage),
  };
}

export interface FieldSpec<K extends string> {
  readonly key: K;
  /** The field's path in the request body, as the server names it in error details. */
  readonly path: string;
  readonly label: string;
}

/** The form's fields in screen order (the error summary lists problems in this order). */
export const patientFields: readonly FieldSpec<DemographicKey>[] = [
  { key: 'givenName', path: 'givenName', label: 'Given name' },
  { key: 'familyName', path: 'familyName', label: 'Family name' },
  { key: 'chartNumber', path: 'chartNumber', label: 'Chart number' },
  { key: 'dateOfBirth', path: 'dateOfBirth', label: 'Date of birth' },
  { key: 'sex', path: 'sex', label: 'Sex' },
  { key: 'phone', path: 'phone', label: 'Phone' },
  { key: 'email', path: 'email', label: 'Email' },
  { key: 'address', path: 'address', label: 'Address' },
  { key: 'occupation', path: 'occupation', label: 'Occupation' },
];
