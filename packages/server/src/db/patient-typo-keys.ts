import { searchForm, type SearchableName } from './patient-search-keys';

/**
 * One typo — a letter missing, added, changed, or two letters swapped — is found through a deletion
 * neighbourhood: a word and the query word are within one such edit exactly when the word, or the
 * word with one letter deleted, equals the query word or the query word with one letter deleted
 * ("isabella" less an "l" is "isabela"; "alvarez" and "alvraez" both give "alvrez"). Storing each name
 * word with its one-letter deletions turns the typo search into equality lookups on one index, the
 * same on SQLite and PostgreSQL, at a cost that depends on the matches, not on the clinic's size.
 */

/**
 * Shorter words are matched as typed: one edit in a short word makes another common name (Ann, Dan,
 * Jan, Jen), and a deletion of a four-letter word would let a three-letter query find it.
 */
const minTypoLength = 5;

/** A query names a patient in a few words; more only lengthen the lookup. */
const maxQueryWords = 4;

function neighbourhood(word: string): string[] {
  const keys = [word];
  if (word.length >= minTypoLength) {
    for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  }
  return [...new Set(keys)];
}

const wordsOf = (text: string): string[] =>
  searchForm(text)
    .split(/[ -]/)
    .filter((w) => w !== '');

/** The typo keys stored for a patient: each word of the name with its one-letter deletions. */
export function patientTypoKeys(p: Pick<SearchableName, 'familyName' | 'givenName'>): string[] {
  return [...new Set([...wordsOf(p.familyName), ...wordsOf(p.givenName)].flatMap(neighbourhood))];
}

/**
 * What a query looks up, one set of keys per word: a patient matches when each word finds one of its
 * keys. Empty when the query has no word to look up.
 */
export function typoProbes(q: string): string[][] {
  return wordsOf(q).slice(0, maxQueryWords).map(neighbourhood);
}
