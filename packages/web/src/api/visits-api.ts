import { EpisodeSchema, VisitSchema, type CreateVisit, type Episode, type Visit } from '@sotchart/contract';
import { request } from './http-client';

/** The contract's create body before defaults apply. */
export type NewVisit = Pick<CreateVisit, 'visitAt' | 'type'> & Partial<CreateVisit>;

const EpisodeListSchema = EpisodeSchema.array();

/** Episodes of care and visits; every answer is checked against the contract. */
export const visitsApi = {
  episodes: (patientId: string): Promise<Episode[]> =>
    request('GET', `/api/patients/${patientId}/episodes`, {}, EpisodeListSchema),
  createVisit: (patientId: string, body: NewVisit): Promise<Visit> =>
    request('POST', `/api/patients/${patientId}/visits`, { body }, VisitSchema),
  visit: (id: string): Promise<Visit> => request('GET', `/api/visits/${id}`, {}, VisitSchema),
};

// Charting: saving and signing a draft, its addenda, and the patient's earlier visits.
import {
  AddendumSchema,
  VisitAppointmentSchema,
  type Addendum,
  type UpdateVisit,
  type VisitAppointment,
} from '@sotchart/contract';

const VisitListSchema = VisitSchema.array();
const AddendumListSchema = AddendumSchema.array();

/** The calls of the visit charting screen; every answer is checked against the contract. */
export const chartingApi = {
  /** The patient's visits with their findings, newest first. */
  patientVisits: (patientId: string): Promise<Visit[]> =>
    request('GET', `/api/patients/${patientId}/visits`, {}, VisitListSchema),
  /** A draft save; a stale `version` answers VERSION_CONFLICT with the stored visit as `current`. */
  save: (id: string, body: UpdateVisit): Promise<Visit> =>
    request('PATCH', `/api/visits/${id}`, { body }, VisitSchema),
  /** Signs with the practitioner's attestation, confirmed on the attestation step. */
  sign: (id: string, version: number, attest: true): Promise<Visit> =>
    request('POST', `/api/visits/${id}/sign`, { body: { version, attest } }, VisitSchema),
  addenda: (id: string): Promise<Addendum[]> =>
    request('GET', `/api/visits/${id}/addenda`, {}, AddendumListSchema),
  addAddendum: (id: string, text: string): Promise<Addendum> =>
    request('POST', `/api/visits/${id}/addenda`, { body: { text } }, AddendumSchema),
  /** The appointment the visit was started from, if it was (for the header). */
  appointment: (id: string): Promise<VisitAppointment> =>
    request('GET', `/api/visits/${id}/appointment`, {}, VisitAppointmentSchema),
};
