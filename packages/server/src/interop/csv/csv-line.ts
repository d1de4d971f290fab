/** A CSV cell value: text, a number, a yes/no or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading apostrophe (OWASP "CSV injection"). Numbers, and text of digits and punctuation only such as
 * a phone number "+1 418 555 0101", cannot call a function and are written as they are.
 */
function defused(text: string): string {
  if (/^[+-]?[\d\s().-]*$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (a quote doubled inside);
 * booleans as true/false, null and undefined as an empty field.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, fields joined by commas and ended by CRLF (RFC 4180 §2). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
