import {
  wallTimeInZone,
  type Appointment,
  type AppointmentEntry,
  type AppointmentStage,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { scheduleSettingsRepository } from '../../db/repositories/schedule-settings.repository';
import { dueAt } from './appointment-due';

/** Where an appointment stands: its visit's state once one is started, else its own status. */
function stageOf(a: Appointment, visitStatus: string | undefined): AppointmentStage {
  if (visitStatus === 'signed') return 'signed';
  if (visitStatus !== undefined) return 'charted';
  return a.status;
}

/**
 * Appointments as the book and the day list show them: the patient's name, the type, the stage and
 * what is due that day. A fixed number of queries however many appointments there are.
 */
export async function appointmentEntries(
  db: Kysely<Database>,
  clinicId: string,
  timeZone: string,
  appointments: readonly Appointment[],
): Promise<AppointmentEntry[]> {
  if (appointments.length === 0) return [];
  const patientIds = [...new Set(appointments.map((a) => a.patientId))];
  const visitIds = appointments.flatMap((a) => (a.visitId === null ? [] : [a.visitId]));
  const [types, patients, visits] = await Promise.all([
    scheduleSettingsRepository.listTypes(db, clinicId),
    db
      .selectFrom('patient')
      .select(['id', 'given_name', 'family_name'])
      .where('clinic_id', '=', clinicId)
      .where('id', 'in', patientIds)
      .execute(),
    visitIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('visit')
          .select(['id', 'status'])
          .where('clinic_id', '=', clinicId)
          .where('id', 'in', visitIds)
          .execute(),
  ]);
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const nameOf = new Map(patients.map((p) => [p.id, `${p.family_name}, ${p.given_name}`]));
  const visitStatusOf = new Map(visits.map((v) => [v.id, v.status]));
  const due = await dueAt(
    db,
    clinicId,
    timeZone,
    appointments.map((a) => ({
      patientId: a.patientId,
      date: wallTimeInZone(a.startAt, timeZone).date,
      kind: typeOf.get(a.typeId)?.kind ?? 'other',
      episodeId: a.episodeId,
      visitId: a.visitId,
    })),
  );
  return appointments.map((a, i) => {
    const type = typeOf.get(a.typeId);
    return {
      ...a,
      patientName: nameOf.get(a.patientId) ?? '',
      typeName: type?.name ?? '',
      kind: type?.kind ?? 'other',
      stage: stageOf(a, a.visitId === null ? undefined : visitStatusOf.get(a.visitId)),
      due: due[i]!,
    };
  });
}
