import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicRowRepository, type ClinicRowTable } from '../db/repositories/clinic-row.repository';

/** What a route's `:id` may name: a record of the caller's clinic. */
export type OwnedKind =
  'patient' | 'visit' | 'episode' | 'user' | 'kiosk_submission' | 'appointment' | 'appointment_type' | 'room';

const tableOf = {
  patient: 'patient',
  visit: 'visit',
  episode: 'episode',
  user: 'app_user',
  kiosk_submission: 'kiosk_submission',
  appointment: 'appointment',
  appointment_type: 'appointment_type',
  room: 'room',
} as const satisfies Record<OwnedKind, ClinicRowTable>;

export const ownershipService = {
  /** Whether `id` names a `kind` of the clinic; another clinic's id is as absent as a missing one. */
  owns(db: Kysely<Database>, clinicId: string, kind: OwnedKind, id: string): Promise<boolean> {
    return clinicRowRepository.exists(db, tableOf[kind], clinicId, id);
  },
};
