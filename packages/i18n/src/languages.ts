/**
 * The languages SOT Chart speaks: English (the source), and those of the countries where SOT is taught
 * and practised (Japan, Italy, Brazil, Spain and Latin America, France, Germany).
 *
 * Source: issue 24.
 *
 * @example
 * matchLanguage(['pt-PT', 'en-US']); // 'pt-BR'
 */
export const languages = ['en', 'ja', 'it', 'pt-BR', 'es', 'fr', 'de'] as const;

export type Language = (typeof languages)[number];

/** The language every other catalogue is translated from. */
export const sourceLanguage: Language = 'en';

/**
 * The pseudo-locale of the quality gate: English, accented, 40 % longer and wrapped in ⟦ ⟧, so text
 * outside the markers is a hard-coded string. Never offered to users.
 */
export const pseudoLanguage = 'en-XA';

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  ja: '日本語',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};

export function isLanguage(tag: string): tag is Language {
  return (languages as readonly string[]).includes(tag);
}

/**
 * The first supported language among BCP 47 tags in order of preference (a browser's
 * `navigator.languages`, an Accept-Language header): an exact tag first, then the same base language
 * (`pt-PT` → `pt-BR`, `ja-JP` → `ja`); English when none matches.
 */
export function matchLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    if (isLanguage(tag)) return tag;
    const base = tag.split('-')[0]?.toLowerCase();
    const match = languages.find((language) => language.split('-')[0] === base);
    if (match !== undefined) return match;
  }
  return sourceLanguage;
}

/** The languages of an Accept-Language header, highest quality first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}
