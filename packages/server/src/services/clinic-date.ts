// Calendar arithmetic in a clinic's time zone: visits and questionnaires are instants in UTC, while
// "due on", "overdue" and printed dates are days where the clinic is.

// The day of an instant in a zone is the contract's, shared with the web app.
export { dateInZone } from '@sotchart/contract';

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const printed = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** A calendar date as printed on documents, e.g. "3 Mar 2026". */
export function printedDate(date: string): string {
  return printed.format(new Date(`${date}T00:00:00Z`));
}

/** An instant as printed on documents in the clinic's zone, e.g. "3 Mar 2026, 14:05". */
export function printedDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}
