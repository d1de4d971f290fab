import english from '@sotchart/i18n/catalogs/en/narrative.json' with { type: 'json' };

/** A message of the `narrative` catalogue. */
export type NarrativeKey = keyof typeof english;

/** Values for a message's placeholders: texts and numbers (the numbers formatted in the note's language). */
export type NarrativeValues = Readonly<Record<string, string | number>>;

/**
 * Formats a `narrative` message in the note's language, e.g. i18next's `t` for the namespace. The
 * English catalogue is used when none is given.
 */
export type NarrativeText = (key: NarrativeKey, values?: NarrativeValues) => string;

/** How the narrative writes its words: the messages, and the language its lists and sentences follow. */
export interface NarrativeProse {
  readonly text: NarrativeText;
  /** The note's language (BCP 47), for lists. */
  readonly language: string;
}

// The ICU MessageFormat the English catalogue uses (arguments, `{n, number}`, select, plural with
// `=n`/`one`/`other` and `#`), so the contract formats its own English without a message-format dependency.
function formatIcu(message: string, values: NarrativeValues, hash?: number): string {
  let out = '';
  let i = 0;
  const branch = (): string => {
    const start = ++i; // past '{'
    let depth = 1;
    while (depth > 0 && i < message.length) {
      if (message[i] === '{') depth++;
      else if (message[i] === '}') depth--;
      i++;
    }
    return message.slice(start, i - 1);
  };
  while (i < message.length) {
    const c = message[i] as string;
    if (c === "'" && message[i + 1] === "'") {
      out += "'";
      i += 2;
    } else if (c === '#' && hash !== undefined) {
      out += String(hash);
      i++;
    } else if (c === '{') {
      const end = message.indexOf('}', i);
      const comma = message.indexOf(',', i);
      if (comma === -1 || comma > end) {
        out += String(values[message.slice(i + 1, end).trim()] ?? '');
        i = end + 1;
        continue;
      }
      const name = message.slice(i + 1, comma).trim();
      const typeEnd = message.indexOf(',', comma + 1);
      if (typeEnd === -1 || end < typeEnd) {
        // `{n, number}`: the number as English writes it.
        out += new Intl.NumberFormat('en').format(Number(values[name]));
        i = end + 1;
        continue;
      }
      const type = message.slice(comma + 1, typeEnd).trim();
      i = typeEnd + 1;
      const options = new Map<string, string>();
      for (;;) {
        while (/\s/.test(message[i] ?? '')) i++;
        if (message[i] === '}' || i >= message.length) break;
        let selector = '';
        while (i < message.length && !/[\s{]/.test(message[i] as string)) selector += message[i++];
        while (/\s/.test(message[i] ?? '')) i++;
        options.set(selector, branch());
      }
      i++; // past the argument's '}'
      const value = values[name];
      if (type === 'plural') {
        const n = Number(value);
        const chosen =
          options.get(`=${n}`) ?? (n === 1 ? options.get('one') : undefined) ?? options.get('other');
        out += formatIcu(chosen ?? '', values, n);
      } else {
        out += formatIcu(options.get(String(value)) ?? options.get('other') ?? '', values);
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The English catalogue's messages, formatted. */
export const englishText: NarrativeText = (key, values = {}) => formatIcu(english[key], values);

/** The prose of the note's language, English unless the caller gives its messages and language. */
export const proseOf = (given: {
  readonly text?: NarrativeText;
  readonly language?: string;
}): NarrativeProse => ({
  text: given.text ?? englishText,
  language: given.text === undefined ? 'en' : (given.language ?? 'en'),
});

/** Joins the non-empty sentences of a paragraph: with spaces, or none in Japanese. */
export const sentence = (parts: readonly string[], language = 'en'): string =>
  parts.filter((p) => p.trim() !== '').join(language === 'ja' ? '' : ' ');

const listFormat = (language: string) =>
  new Intl.ListFormat(language, { type: 'conjunction', style: 'long' });

/**
 * A list inside a sentence. English separates items with semicolons, since items hold commas; another
 * language joins them as its own lists read (`Intl.ListFormat`).
 */
export const list = (items: readonly string[], language = 'en'): string =>
  language === 'en' ? items.join('; ') : listFormat(language).format(items);

/** A list of names (red flags, contraindications, PART letters): commas in English. */
export const names = (items: readonly string[], language = 'en'): string =>
  language === 'en' ? items.join(', ') : listFormat(language).format(items);
