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
