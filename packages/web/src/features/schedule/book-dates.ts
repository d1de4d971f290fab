import { addDaysToDate, isoWeekday } from '@sotchart/contract';
import { formatLocale } from '../../i18n/format-locale';

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

type DayStyle = 'short' | 'long' | 'weekday';

const dayOptions: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  short: { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' },
  long: { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { timeZone: 'UTC', weekday: 'long' },
};
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The format of a style in the app's language now, made once per language. */
function dayFormat(style: DayStyle): Intl.DateTimeFormat {
  const locale = formatLocale();
  const key = `${locale}|${style}`;
  let format = dayFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, dayOptions[style]);
    dayFormats.set(key, format);
  }
  return format;
}

/** A calendar date as "Mon 3 Mar" (no time-zone shift: it is already the clinic's date). */
export function shortDay(date: string): string {
  return dayFormat('short').format(new Date(`${date}T00:00:00Z`));
}

/** A calendar date as "Monday 3 March 2025". */
export function longDay(date: string): string {
  return dayFormat('long').format(new Date(`${date}T00:00:00Z`));
}

// 1 January 2024 was a Monday: the seven days from it name the ISO weekdays in order.
const aMonday = Date.UTC(2024, 0, 1);

/** An ISO weekday's name (1 is Monday) in the app's language, e.g. "Thursday". */
export function weekdayName(weekday: number): string {
  return dayFormat('weekday').format(new Date(aMonday + (weekday - 1) * 86_400_000));
}

/**
 * ISO weekday names, Monday first (index 0 is weekday 1), each read in the app's language at the
 * moment it is used, so a list drawn after the language changes is in the new language.
 */
export const weekdayNames: readonly string[] = Object.defineProperties(
  [] as string[],
  Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [i, { get: () => weekdayName(i + 1), enumerable: true }]),
  ),
);

/** Minutes after midnight of a typed "9:05" or "09:05"; null when it is not a time of day. */
export function parseTime(text: string): number | null {
  const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(text);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
}
