/**
 * Patterns of identifiers that may hide in any text: email addresses, URLs, IP addresses, dates,
 * phone-like digit runs and numbers of five digits or more (ZIP codes, record and account numbers).
 */
const patterns: readonly RegExp[] = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/g,
  /\b(?:https?:\/\/|www\.)\S+/gi,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g,
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\+?\(?\d[\d\s().-]{5,}\d/g,
  /\d{5,}/g,
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of identifying text worth matching on their own: three letters or more. */
export function identifyingTokens(values: readonly (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const whole = v.trim();
    if (whole.length >= 3) tokens.add(whole);
    for (const word of whole.split(/[^\p{L}\p{N}@.+-]+/u)) if (word.length >= 3) tokens.add(word);
  }
  // Longest first, so a whole phrase goes before its words.
  return [...tokens].sort((a, b) => b.length - a.length);
}

/**
 * A short practitioner-entered label (a technique, a device, a cranial structure) with every known
 * identifier of the record (case-insensitive) and every identifier pattern replaced by "[removed]".
 */
export function scrubLabel(text: string, tokens: readonly string[]): string {
  let out = text;
  for (const token of tokens) out = out.replace(new RegExp(escape(token), 'giu'), '[removed]');
  for (const pattern of patterns) out = out.replace(pattern, '[removed]');
  return out;
}

/** Scrubs one label of a record with that record's tokens; an empty or missing label becomes null. */
export type LabelScrubber = (text: string | null | undefined) => string | null;
