/** First letter in either case: "[Hh]usband", so a word matches at the start of a sentence too. */
const eitherCase = (word: string) => `[${word[0]?.toUpperCase() ?? ''}${word[0] ?? ''}]${word.slice(1)}`;

const titles = String.raw`(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev)`;
const title = String.raw`${titles}\.?`;
/**
 * A personal name: one to three capitalised words ("Maria", "John Smith", "Anne-Marie J. McKay"), not
 * a title (after "referred by", "Dr." is the title and the name follows it).
 */
const name = String.raw`(?!${titles}\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)){0,2}`;
/** Words after which a name is a third party's: relatives, carers, people the patient works with. */
const relations = [
  'husband',
  'wife',
  'spouse',
  'partner',
  'fiancé',
  'fiancée',
  'boyfriend',
  'girlfriend',
  'son',
  'daughter',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'brother',
  'sister',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
  'aunt',
  'uncle',
  'cousin',
  'niece',
  'nephew',
  'friend',
  'neighbor',
  'neighbour',
  'caregiver',
  'carer',
  'guardian',
  'boss',
  'employer',
  'colleague',
  'coworker',
  'co-worker',
  'coach',
  'teacher',
  'lawyer',
  'attorney',
].map(eitherCase);
/** Phrases after which a name is someone else's ("referred by", "seen with", "accompanied by"). */
const phrases = [
  'referred by',
  'referred to',
  'seen with',
  'accompanied by',
  'brought in by',
  'brought by',
  'driven by',
  'lives with',
  'married to',
  'cared for by',
].map((p) => eitherCase(p).replace(' ', String.raw`\s+`));

/**
 * Patterns of identifiers that may hide in any text, most specific first: third parties' names after
 * a title, a relation or a phrase that introduces one (the name goes, the context word stays); device
 * serial and lot numbers after their keyword; vehicle identification numbers (17 characters, no I, O
 * or Q); codes mixing letters and a run of three or more digits (XK-99812); email addresses, URLs, IP
 * addresses, dates, phone-like digit runs and numbers of five digits or more (ZIP codes, record and
 * account numbers).
 */
const patterns: readonly RegExp[] = [
  new RegExp(String.raw`(?<=\b${title}\s+)${name}`, 'gu'),
  new RegExp(String.raw`(?<=\b(?:${relations.join('|')}),?\s+(?:(?:named|called)\s+)?)${name}`, 'gu'),
  new RegExp(String.raw`(?<=\b(?:${phrases.join('|')})\s+)${name}`, 'gu'),
  /(?<=\b(?:S\/N|SN|serial(?:\s+(?:no\.?|number|#))?|lot(?:\s+(?:no\.?|number|#))?|model\s+(?:no\.?|number)|device\s+id|UDI|VIN)\s*[:#]?\s*)(?=[A-Z0-9./-]*\d)[A-Z0-9]+(?:[./-][A-Z0-9]+)*/gi,
  /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/gi,
  /\b(?=[A-Z0-9-]*\d{3})(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+\b/gi,
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
 * A practitioner-entered label (a technique, a device, a cranial structure) or free text with every
 * known identifier of the record (case-insensitive) and every identifier pattern replaced by
 * "[removed]". Patterns cannot find every identifier (a name with no title, relation or phrase before
 * it passes), so scrubbed free text is never called Safe Harbor-certain.
 */
export function scrubLabel(text: string, tokens: readonly string[]): string {
  let out = text;
  for (const token of tokens) out = out.replace(new RegExp(escape(token), 'giu'), '[removed]');
  for (const pattern of patterns) out = out.replace(pattern, '[removed]');
  return out;
}

/** Scrubs one label of a record with that record's tokens; an empty or missing label becomes null. */
export type LabelScrubber = (text: string | null | undefined) => string | null;
