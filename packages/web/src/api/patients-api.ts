import {
  ConsentSchema,
  MedicalHistorySchema,
  PatientSchema,
  TimelineSchema,
  type Consent,
  type CreateConsent,
  type CreatePatient,
  type MedicalHistory,
  type Patient,
  type Timeline,
  type UpdateMedicalHistory,
  type UpdatePatient,
} from '@sotchart/contract';
import { request } from './http-client';

/** The contract's create body before defaults apply: optional fields may be left out. */
export type NewPatient = Partial<CreatePatient> & Pick<CreatePatient, 'givenName' | 'familyName'>;

const ConsentListSchema = ConsentSchema.array();

/** A patient's record, consents and timeline; every answer is checked against the contract. */
export const patientsApi = {
  get: (id: string): Promise<Patient> => request('GET', `/api/patients/${id}`, {}, PatientSchema),
  create: (body: NewPatient): Promise<Patient> => request('POST', '/api/patients', { body }, PatientSchema),
  update: (id: string, body: UpdatePatient): Promise<Patient> =>
    request('PATCH', `/api/patients/${id}`, { body }, PatientSchema),
  /** The medical history and notes (clinical roles only). */
  history: (id: string): Promise<MedicalHistory> =>
    request('GET', `/api/patients/${id}/history`, {}, MedicalHistorySchema),
  updateHistory: (id: string, body: UpdateMedicalHistory): Promise<MedicalHistory> =>
    request('PATCH', `/api/patients/${id}/history`, { body }, MedicalHistorySchema),
  archive: (id: string, version: number): Promise<Patient> =>
    request('POST', `/api/patients/${id}/archive`, { body: { version } }, PatientSchema),
  timeline: (id: string): Promise<Timeline> =>
    request('GET', `/api/patients/${id}/timeline`, {}, TimelineSchema),
  consents: (id: string): Promise<Consent[]> =>
    request('GET', `/api/patients/${id}/consents`, {}, ConsentListSchema),
  addConsent: (id: string, body: CreateConsent): Promise<Consent> =>
    request('POST', `/api/patients/${id}/consents`, { body }, ConsentSchema),
};
