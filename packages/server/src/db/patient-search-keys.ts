/**
 * The keys a patient is found by: every tail of "family given" and of "given family" that starts a
 * word (after a space or a hyphen), the chart number, and the chart number's digits alone, all in the
 * search form. A search is then a prefix range over one index — "smi", "smith jo", "john sm", "cruz"
 * (of "de la cruz"), "b0001" and "1009" (of "SOT-1009") each match without scanning the clinic's
 * patients.
 */
export interface SearchableName {
  readonly familyName: string;
  readonly givenName: string;
  readonly chartNumber: string;
  /** The name's phonetic reading (kana), found as typed in hiragana or katakana. */
  readonly nameReading?: string | null;
}

// Katakana (ァ U+30A1 … ヶ U+30F6) is hiragana shifted by 0x60: a reading typed in either matches.
const toHiragana = (text: string): string =>
  text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x60));

/**
 * The form both keys and queries take: lower case without accents, apostrophes dropped ("O'Brien" is
 * "obrien"), and any other punctuation and runs of white space as one space, so "Alvarez, Isabella"
 * (as the list shows a patient) is "alvarez isabella". Hyphens stay: chart numbers are typed with them.
 * Full-width and half-width forms are folded (NFKC) and katakana read as hiragana ("ヤマダ" is "やまだ").
 */
export const searchForm = (text: string): string =>
  toHiragana(text.normalize('NFKC'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();

function wordTails(text: string): string[] {
  const tails = [text];
  for (let i = 0; i < text.length - 1; i += 1) {
    if (text[i] === ' ' || text[i] === '-') tails.push(text.slice(i + 1));
  }
  return tails;
}

/** "SOT-0042" is found by "0042" and by "42": people read a chart number's digits without its zeros. */
function chartDigits(chartNumber: string): string[] {
  const digits = chartNumber.replace(/\D/g, '');
  return [digits, digits.replace(/^0+(?=\d)/, '')];
}

export function patientSearchKeys(p: SearchableName): string[] {
  const family = searchForm(p.familyName);
  const given = searchForm(p.givenName);
  const keys = [
    ...wordTails(`${family} ${given}`.trim()),
    ...wordTails(`${given} ${family}`.trim()),
    searchForm(p.chartNumber),
    ...chartDigits(p.chartNumber),
    ...(p.nameReading ? wordTails(searchForm(p.nameReading)) : []),
  ];
  return [...new Set(keys)].filter((k) => k !== '');
}

/**
 * The exclusive upper bound of a prefix range: every key that starts with `prefix` sorts at or after
 * `prefix` and before `prefix` + U+10FFFF, the highest code point, in code-point (byte) order — which
 * is why the key column compares bytewise on both databases.
 */
export const prefixEnd = (prefix: string): string => `${prefix}\u{10FFFF}`;

/** Orders two keys as both databases do: by their UTF-8 bytes (JavaScript's `<` compares UTF-16 units). */
export const compareKeys = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The first (lowest) of a patient's keys that starts with `q`: a name-sorted search lists each patient
 * once, at this key, though a query may match several of its keys ("s" matches "smith sam" and "sam
 * smith").
 */
export function firstMatchingKey(p: SearchableName, q: string): string | undefined {
  let first: string | undefined;
  for (const key of patientSearchKeys(p)) {
    if (key.startsWith(q) && (first === undefined || compareKeys(key, first) < 0)) first = key;
  }
  return first;
}
