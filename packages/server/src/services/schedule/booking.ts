import type { Appointment, AppointmentType } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { appointmentRepository, takesSlot } from '../../db/repositories/appointment.repository';
import { writeTransaction } from '../../db/write-transaction';
import { AppError, type ErrorDetail } from '../../errors';

/** PostgreSQL's code for a row refused by an exclusion constraint. */
const exclusionViolation = '23P01';

/**
 * Runs a booking in one write transaction: on SQLite BEGIN IMMEDIATE holds the write lock from the
 * clash check to the commit, so two bookings of one slot run one after the other and the second sees
 * the first; on PostgreSQL the exclusion constraints refuse the loser of a race the check could not
 * see, and that refusal is the same 409 SLOT_TAKEN.
 */
export async function bookingTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await writeTransaction(db, work);
  } catch (error) {
    if ((error as { code?: unknown }).code === exclusionViolation)
      throw new AppError('SLOT_TAKEN', {
        details: [{ path: 'startAt', message: 'was booked by someone else a moment ago' }],
      });
    throw error;
  }
}

/** How a clash reads in an error: the other booking's times, never its patient. */
export const clashDetail = (path: string, clash: Appointment): ErrorDetail => ({
  path,
  message: `overlaps an appointment from ${clash.startAt} to ${clash.endAt}`,
});

/**
 * Refuses with 409 SLOT_TAKEN an appointment that would hold its slot while another holds the same
 * practitioner's or room's time. An appointment of a type that allows double booking never clashes.
 */
export async function assertSlotFree(
  trx: Kysely<Database>,
  clinicId: string,
  appointment: Appointment,
  type: AppointmentType,
): Promise<void> {
  if (!takesSlot(appointment.status, type.allowDoubleBooking)) return;
  const clashes = await appointmentRepository.clashes(trx, clinicId, {
    practitionerId: appointment.practitionerId,
    roomId: appointment.roomId,
    startAt: appointment.startAt,
    endAt: appointment.endAt,
    exceptId: appointment.id,
  });
  if (clashes.length > 0)
    throw new AppError('SLOT_TAKEN', { details: clashes.map((c) => clashDetail('startAt', c)) });
}
