import { dateInZone } from '@sotchart/contract';
import { formatLocale } from '../i18n/format-locale';
// Display formats for dates and times. Instants are shown in the clinic's time zone; calendar dates
// (YYYY-MM-DD, e.g. a date of birth) are shown as written, never shifted by a zone.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string, withTime: boolean, locale = formatLocale()): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** An instant as "3 Mar 2025, 14:05" in the given IANA time zone (in the app's locale, or `locale`). */
export function formatDateTime(iso: string, timeZone: string, locale?: string): string {
  return dateTimeFormat(timeZone, true, locale).format(new Date(iso));
}

/** An instant's calendar date in the given time zone, e.g. "3 Mar 2025". */
export function formatInstantDate(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone, false).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as "3 Mar 2025", without any time-zone shift. */
export function formatCalendarDate(date: string, locale?: string): string {
  return dateTimeFormat('UTC', false, locale).format(new Date(`${date}T00:00:00Z`));
}

/** Today's calendar date (YYYY-MM-DD) in the given time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dateInZone(now, timeZone);
}

/** Whole years between a calendar date and a later one (both YYYY-MM-DD). */
export function yearsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

// The wall-clock fields of an instant in a time zone, as a UTC timestamp (for zone offsets).
function wallClockUtc(time: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(time));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** An instant as a `datetime-local` value ("2025-03-03T14:05") on the clock of the given time zone. */
export function dateTimeInputIn(iso: string, timeZone: string): string {
  return new Date(wallClockUtc(Date.parse(iso), timeZone)).toISOString().slice(0, 16);
}

/**
 * A `datetime-local` value read on the clock of the given time zone, as an ISO instant; null when
 * it is not a date and time.
 */
export function instantFromInput(local: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const wall = Date.parse(`${local}:00Z`);
  if (Number.isNaN(wall)) return null;
  // The zone's offset at the guessed instant, then again at the corrected one (a DST change between).
  let time = wall - (wallClockUtc(wall, timeZone) - wall);
  time = wall - (wallClockUtc(time, timeZone) - time);
  return new Date(time).toISOString();
}
