import type { Language } from './languages';

/** The parts of a person's name as the record keeps them. */
export interface PersonName {
  readonly givenName: string;
  readonly familyName: string;
}

/** Languages whose readers expect the family name first (山田 太郎). */
const familyNameFirst: ReadonlySet<string> = new Set(['ja']);

/**
 * A person's full name in the order the language expects: family name first in Japanese, given name
 * first elsewhere.
 *
 * Source: issue 24 ("family-name-first display where the language expects it"); W3C, "Personal names
 * around the world".
 *
 * @example
 * formatPersonName({ givenName: '太郎', familyName: '山田' }, 'ja'); // '山田 太郎'
 */
export function formatPersonName(name: PersonName, language: Language | string): string {
  return familyNameFirst.has(language)
    ? `${name.familyName} ${name.givenName}`
    : `${name.givenName} ${name.familyName}`;
}

/** "Family, Given" for sorted lists, or the family-first order where that is already the norm. */
export function formatSortedPersonName(name: PersonName, language: Language | string): string {
  return familyNameFirst.has(language)
    ? `${name.familyName} ${name.givenName}`
    : `${name.familyName}, ${name.givenName}`;
}
