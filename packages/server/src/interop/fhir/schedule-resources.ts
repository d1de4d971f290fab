import type { Period, Schedule, Slot } from '@medplum/fhirtypes';
import { appointmentTypeOf } from './appointment-resources';
import type { ExportAppointment } from './export-record';
import { derivedId, refTo } from './fhir-id';

/** A practitioner's one Schedule: its id is derived from theirs, so it never changes. */
export const scheduleIdOf = (practitionerId: string): string => derivedId(practitionerId, 'schedule');

/** The busy Slot of an appointment that holds its practitioner's time. */
export const slotIdOf = (appointmentId: string): string => derivedId(appointmentId, 'slot');

/**
 * A practitioner's Schedule: their bookable time, `active` while they can be booked, open for booking
 * over `planningHorizon`.
 */
export function scheduleOf(
  practitioner: { readonly id: string; readonly name: string },
  active: boolean,
  planningHorizon: Period,
): Schedule {
  return {
    resourceType: 'Schedule',
    id: scheduleIdOf(practitioner.id),
    active,
    actor: [refTo('Practitioner', practitioner.id, practitioner.name)],
    planningHorizon,
  };
}

/**
 * The time an appointment takes from its practitioner's Schedule, as a busy Slot: when and what type,
 * never who (a Slot names no patient). Cancelled and no-show appointments, and types that allow
 * double booking, hold no time, so they have none.
 */
export function busySlotOf(a: ExportAppointment): Slot {
  return {
    resourceType: 'Slot',
    id: slotIdOf(a.id),
    appointmentType: appointmentTypeOf(a),
    schedule: refTo('Schedule', scheduleIdOf(a.practitionerId)),
    status: 'busy',
    start: a.startAt,
    end: a.endAt,
  };
}
