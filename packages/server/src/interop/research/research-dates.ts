/** Date arithmetic on calendar days (YYYY-MM-DD, or the date part of an ISO time), in UTC. */
const dayMs = 86_400_000;
const dateOnly = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string) => Math.round((dateOnly(to) - dateOnly(from)) / dayMs);

/** `date` moved by `days`, as YYYY-MM-DD. */
export const shiftDate = (date: string, days: number) =>
  new Date(dateOnly(date) + days * dayMs).toISOString().slice(0, 10);

/** Age in whole years on the day `on` of someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * True when someone born on `birth` is 90 or older on any of `dates` or on `exportDay`, as a reader
 * of the export would reckon it from years alone: a year 90 or more after the birth year (an
 * 89-year-old whose birthday is late in the year counts too, since the export keeps no month to tell).
 * Checked on the real dates and on the dates moved by `shift` (the `shifted` mode; 0 otherwise), as the
 * export writes them; the export day is never moved.
 */
export function reaches90(
  birth: string,
  dates: readonly string[],
  shift: number,
  exportDay: string,
): boolean {
  const over = (born: string, on: readonly string[]) =>
    on.some((d) => Number(d.slice(0, 4)) - Number(born.slice(0, 4)) >= 90);
  return (
    over(birth, [...dates, exportDay]) ||
    over(shiftDate(birth, shift), [...dates.map((d) => shiftDate(d, shift)), exportDay])
  );
}
