import { timeOfDay, wallTimeInZone, type AppointmentEntry } from '@sotchart/contract';

/** Minutes after its start at which an appointment nobody has arrived for counts as late. */
export const lateAfterMinutes = 10;

/** The appointment's start on the clinic's clock, `HH:MM`, wherever the browser is. */
export const clinicClockTime = (instant: string, timeZone: string): string =>
  timeOfDay(wallTimeInZone(instant, timeZone).minutes);

/**
 * How many minutes late the patient is: an appointment still only booked `lateAfterMinutes` or more
 * after its start; null when it is not late (or has moved on).
 */
export function minutesLate(entry: Pick<AppointmentEntry, 'stage' | 'startAt'>, now: number): number | null {
  if (entry.stage !== 'booked') return null;
  const minutes = Math.floor((now - Date.parse(entry.startAt)) / 60_000);
  return minutes >= lateAfterMinutes ? minutes : null;
}
