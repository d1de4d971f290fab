/** An address as the CMS-1500 asks for it: street, city, state and ZIP in their own boxes. */
export interface PostalAddress {
  readonly street: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
}

// "street, city, ST 12345" or "street, city, ST" (state as two capitals, ZIP 5 or 9 digits).
const usAddress =
  /^(?<street>.+?),\s*(?<city>[^,]+?),?\s+(?<state>[A-Z]{2})(?:\s+(?<zip>\d{5}(?:-?\d{4})?))?$/;

/**
 * Splits a one-line address into the boxes of the form. Addresses are stored as one line, so a line
 * that does not read as "street, city, ST 12345" keeps its street and city split at the last comma,
 * or all of it as the street: nothing typed is lost.
 * @example splitAddress('9 Shore Road, Lakeside, IL 60000') // { street: '9 Shore Road', city: 'Lakeside', state: 'IL', zip: '60000' }
 */
export function splitAddress(line: string): PostalAddress {
  const text = line.trim().replace(/\s+/g, ' ');
  const match = usAddress.exec(text)?.groups;
  if (match !== undefined)
    return {
      street: match.street ?? '',
      city: match.city ?? '',
      state: match.state ?? '',
      zip: match.zip ?? '',
    };
  const comma = text.lastIndexOf(',');
  if (comma === -1) return { street: text, city: '', state: '', zip: '' };
  return { street: text.slice(0, comma).trim(), city: text.slice(comma + 1).trim(), state: '', zip: '' };
}
