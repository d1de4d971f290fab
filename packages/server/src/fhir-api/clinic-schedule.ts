import type { Resource } from '@medplum/fhirtypes';
import { addDaysToDate, dateInZone, instantInZone } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { exportAppointments } from '../interop/fhir/export-appointments';
import type { ExportSetting } from '../interop/fhir/export-record';
import { busySlotOf, scheduleOf } from '../interop/fhir/schedule-resources';
import { bookablePractitioners } from '../services/schedule-settings.service';
import { sharedResources } from './clinic-resources';
import { restReferences } from './rest-references';

/** How far ahead a Schedule is open for booking (its planningHorizon), from the start of today. */
export const planningDays = 180;

/**
 * The clinic's scheduling resources as the REST API and Bulk Data show them: a Schedule per
 * practitioner who can be booked (and, inactive, per former one whose time is still taken), and a busy
 * Slot per appointment that holds its practitioner's time. Free time is not published as Slots:
 * working hours, breaks and the types' lengths decide it only at booking, through the book's own API.
 * With `since`, only Slots of appointments changed at or after it (Schedules always).
 */
export async function clinicScheduleResources(
  db: Kysely<Database>,
  setting: ExportSetting,
  now: Date,
  since: string | null = null,
): Promise<Resource[]> {
  const { clinic } = setting;
  const today = dateInZone(now, clinic.timeZone);
  const horizon = {
    start: instantInZone(today, 0, clinic.timeZone),
    end: instantInZone(addDaysToDate(today, planningDays), 0, clinic.timeZone),
  };
  const bookable = new Set((await bookablePractitioners(db, clinic.id)).map((u) => u.id));
  const busy = (await exportAppointments(db, clinic.id)).filter((a) => a.holdsSlot);
  const schedules = [...new Set([...bookable, ...busy.map((a) => a.practitionerId)])].sort().flatMap((id) => {
    const p = setting.practitioners.get(id);
    if (p === undefined) return [];
    const name = p.nameAsSigned.trim() === '' ? p.displayName : p.nameAsSigned;
    return [scheduleOf({ id, name }, bookable.has(id), horizon)];
  });
  const changed = since === null ? busy : busy.filter((a) => Date.parse(a.updatedAt) >= Date.parse(since));
  return restReferences([...schedules, ...changed.map(busySlotOf)], sharedResources(setting));
}
