import type { DatePrecision } from '@sotchart/contract';

/**
 * A FHIR `date` of any precision (`1974`, `1974-06`, `1974-06-13`) as a full date and its precision:
 * a partial date is stored as its first day, so ages and sorting keep working, and the precision
 * says how much of it the source knew (the export writes back only that much).
 */
export function partialDate(value: string): { date: string; precision: DatePrecision } | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return { date: `${year}-01-01`, precision: 'year' };
  if (day === undefined) return { date: `${year}-${month}-01`, precision: 'month' };
  return { date: value, precision: 'day' };
}

/** A stored date cut back to the precision the source gave it. */
export function datePrecisely(date: string, precision: DatePrecision): string {
  switch (precision) {
    case 'year':
      return date.slice(0, 4);
    case 'month':
      return date.slice(0, 7);
    case 'day':
      return date;
    default: {
      const never: never = precision;
      return never;
    }
  }
}
