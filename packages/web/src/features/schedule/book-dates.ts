import { addDaysToDate, isoWeekday } from '@sotchart/contract';

/** What the book shows at once: one clinic day, or the Monday-to-Sunday week around it. */
export type BookView = 'day' | 'week';

/** The Monday of the week holding `date` (YYYY-MM-DD). */
export function weekStart(date: string): string {
  return addDaysToDate(date, 1 - isoWeekday(date));
}

/** The clinic dates the view shows, in order. */
export function viewDates(view: BookView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDaysToDate(monday, i));
}

/** The date one step (a day or a week) before or after. */
export function stepDate(view: BookView, date: string, direction: 1 | -1): string {
  return addDaysToDate(date, direction * (view === 'day' ? 1 : 7));
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const longDayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A calendar date as "Mon 3 Mar" (no time-zone shift: it is already the clinic's date). */
export function shortDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** A calendar date as "Monday 3 March 2025". */
export function longDay(date: string): string {
  return longDayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** ISO weekday names, Monday first (index 0 is weekday 1). */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Minutes after midnight of a typed "9:05" or "09:05"; null when it is not a time of day. */
export function parseTime(text: string): number | null {
  const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(text);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
}
