// Appointments are instants in UTC; the book, the day list and working hours are wall-clock times
// where the clinic is. These two conversions are the only place the difference is worked out, shared
// by the server and the web app so both draw a booking at the same time on either side of a
// daylight-saving change.

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormats.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of a UTC date with the same fields. */
function wallMs(instant: number, timeZone: string): number {
  const parts = wallFormat(timeZone).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
const offsetMs = (instant: number, timeZone: string): number =>
  wallMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/** A clinic date and time of day as the clinic's clock shows them. */
export interface WallTime {
  /** YYYY-MM-DD */
  readonly date: string;
  /** Minutes after midnight, 0–1439. */
  readonly minutes: number;
}

/**
 * The instant (ISO-8601, UTC) the clock in `timeZone` shows `minutes` after midnight of `date`.
 * A time the clock skips (02:30 on a spring-forward day in New York) is read with the offset before
 * the change, so it lands an hour later (03:30); a time the clock shows twice (01:30 on the fall-back
 * day) is the first of the two. These are the choices of JavaScript's Temporal ("compatible").
 */
export function instantInZone(date: string, minutes: number, timeZone: string): string {
  const local = Date.parse(`${date}T00:00:00.000Z`) + minutes * 60_000;
  const before = local - offsetMs(local - 86_400_000, timeZone);
  const guess = local - offsetMs(local, timeZone);
  const exact = local - offsetMs(guess, timeZone);
  if (wallMs(exact, timeZone) === local) {
    // Fall-back: both offsets may show this wall time; the earlier instant is the first showing.
    return new Date(wallMs(before, timeZone) === local ? Math.min(before, exact) : exact).toISOString();
  }
  return new Date(before).toISOString();
}

/** The clinic date and time of day the clock in `timeZone` shows at `instant`. */
export function wallTimeInZone(instant: string | number, timeZone: string): WallTime {
  const ms = wallMs(typeof instant === 'string' ? Date.parse(instant) : instant, timeZone);
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), minutes: Math.floor((ms % 86_400_000) / 60_000) };
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
