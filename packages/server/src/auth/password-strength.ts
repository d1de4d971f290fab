import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** zxcvbn's verdict on a password: score 0 (too guessable) to 4 (very unguessable), and why. */
export interface PasswordStrength {
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** What makes it guessable, e.g. `Repeated character patterns like "abcabcabc" are easy to guess.` */
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

let estimator: ZxcvbnFactory | undefined;
/** zxcvbn's time grows fast with length (over a second at 256 characters); past 64 the length itself is the strength. */
const estimatedLength = 64;

/**
 * Estimates how many guesses a password takes with zxcvbn (`@zxcvbn-ts/core`), over the common and
 * English dictionaries (passwords, names, Wikipedia and common words) and keyboard layouts; `userInputs`
 * (the owner's email, its name part) count as words an attacker knows. Only the first 64 characters
 * are estimated. The dictionaries load on the first call, not at start.
 * @example passwordStrength('letmein!letmein!').score // 1
 */
export function passwordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    maxLength: estimatedLength,
  });
  const result = estimator.check(password, [...userInputs]);
  return {
    score: result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}
