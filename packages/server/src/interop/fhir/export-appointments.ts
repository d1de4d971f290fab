import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { appointmentRepository, takesSlot } from '../../db/repositories/appointment.repository';
import { scheduleSettingsRepository } from '../../db/repositories/schedule-settings.repository';
import type { ExportAppointment } from './export-record';

/** Every start minute a stored appointment can have (the column is a 32-bit integer on PostgreSQL). */
const allTime = { from: 0, to: 2 ** 31 - 1 };

/**
 * The clinic's appointments (one patient's, when `patientId` is given), oldest first, each with its
 * type and room named and whether it holds its practitioner's time.
 */
export async function exportAppointments(
  db: Kysely<Database>,
  clinicId: string,
  patientId?: string,
): Promise<ExportAppointment[]> {
  const appointments = await appointmentRepository.listRange(db, clinicId, {
    ...allTime,
    ...(patientId === undefined ? {} : { patientId }),
  });
  if (appointments.length === 0) return [];
  const [types, rooms] = await Promise.all([
    scheduleSettingsRepository.listTypes(db, clinicId),
    scheduleSettingsRepository.listRooms(db, clinicId),
  ]);
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const roomOf = new Map(rooms.map((r) => [r.id, r.name]));
  return appointments.map((a) => {
    const type = typeOf.get(a.typeId);
    return {
      ...a,
      typeName: type?.name ?? '',
      kind: type?.kind ?? 'other',
      roomName: a.roomId === null ? null : (roomOf.get(a.roomId) ?? null),
      holdsSlot: takesSlot(a.status, type?.allowDoubleBooking ?? false),
    };
  });
}
