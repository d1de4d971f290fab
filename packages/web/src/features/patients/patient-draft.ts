import type { Patient } from '@sotchart/contract';
import { isLanguage } from '@sotchart/i18n';
import { i18n } from '../../i18n/translation';
import type { NewPatient } from '../../api/patients-api';
import { coverageBodyOf, coverageDraftsOf, emptyCoverageDrafts, type CoverageDrafts } from './coverage-draft';

/** The patient form's state (demographics and insurance): every field as the text the user typed. */
export interface PatientDraft {
  readonly chartNumber: string;
  readonly givenName: string;
  readonly familyName: string;
  /** The name's phonetic reading (e.g. kana); '' when not given. */
  readonly nameReading: string;
  readonly dateOfBirth: string;
  readonly sex: Patient['sex'];
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly occupation: string;
  /** What the patient reads in (handout, kiosk forms, questionnaires); '' for the clinic's language. */
  readonly language: string;
  readonly coverage: CoverageDrafts;
}

/** The demographic fields: one text each (the insurance has its own fields). */
export type DemographicKey = Exclude<keyof PatientDraft, 'coverage'>;

export const emptyPatientDraft: PatientDraft = {
  chartNumber: '',
  givenName: '',
  familyName: '',
  nameReading: '',
  dateOfBirth: '',
  sex: 'unknown',
  phone: '',
  email: '',
  address: '',
  occupation: '',
  language: '',
  coverage: emptyCoverageDrafts,
};

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The draft of a stored patient, for editing. */
export function draftOf(patient: Patient): PatientDraft {
  return {
    chartNumber: patient.chartNumber,
    givenName: patient.givenName,
    familyName: patient.familyName,
    nameReading: patient.nameReading ?? '',
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    address: patient.address ?? '',
    occupation: patient.occupation ?? '',
    language: patient.language ?? '',
    coverage: coverageDraftsOf(patient.coverage),
  };
}

/** The request body of a draft: blank optional fields become null. */
export function bodyOf(draft: PatientDraft): Required<Omit<NewPatient, 'history' | 'notes'>> {
  return {
    chartNumber: draft.chartNumber,
    givenName: draft.givenName,
    familyName: draft.familyName,
    nameReading: orNull(draft.nameReading),
    dateOfBirth: draft.dateOfBirth,
    sex: draft.sex,
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    address: orNull(draft.address),
    occupation: orNull(draft.occupation),
    language: isLanguage(draft.language) ? draft.language : null,
    coverage: coverageBodyOf(draft.coverage),
  };
}

export interface FieldSpec<K extends string> {
  readonly key: K;
  /** The field's path in the request body, as the server names it in error details. */
  readonly path: string;
  readonly label: string;
}

const labelKeys = {
  givenName: 'patientForm.givenName',
  familyName: 'patientForm.familyName',
  nameReading: 'patientForm.nameReading',
  chartNumber: 'patientForm.chartNumber',
  dateOfBirth: 'patientForm.dateOfBirth',
  sex: 'patientForm.sex',
  language: 'patientForm.language',
  phone: 'patientForm.phone',
  email: 'patientForm.email',
  address: 'patientForm.address',
  occupation: 'patientForm.occupation',
} as const satisfies Record<DemographicKey, string>;

/** The demographic fields in screen order (the error summary lists problems in this order). */
export const demographicKeys: readonly DemographicKey[] = [
  'givenName',
  'familyName',
  'nameReading',
  'chartNumber',
  'dateOfBirth',
  'sex',
  'language',
  'phone',
  'email',
  'address',
  'occupation',
];

/** The form's fields in screen order, labelled in the app's language (call at render time). */
export function patientFields(): FieldSpec<DemographicKey>[] {
  return demographicKeys.map((key) => ({
    key,
    path: key,
    label: i18n.t(labelKeys[key], { ns: 'patients' }),
  }));
}
