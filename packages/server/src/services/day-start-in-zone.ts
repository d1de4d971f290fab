/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (ISO-8601, UTC) a clinic date begins in `timeZone`: what "from 2 March" means to a
 * clinic in Chicago. The offset is read twice, so a day that starts on the other side of a daylight
 * saving change still gets the right one.
 */
export function dayStartInZone(date: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00.000Z`);
  const guess = midnightUtc - offsetMs(midnightUtc, timeZone);
  return new Date(midnightUtc - offsetMs(guess, timeZone)).toISOString();
}

/** The clinic date after `date` (YYYY-MM-DD), for "up to and including" bounds. */
export const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
