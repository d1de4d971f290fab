import { maxPasswordLength, minPasswordLength } from '@sotchart/contract';
import type { ErrorDetail } from '../errors';
import { commonPasswords } from './common-passwords';
import { passwordStrength } from './password-strength';

/** zxcvbn's score a password must reach: 3 is "safely unguessable" (about 10^10 guesses, offline and slow-hashed). */
export const minPasswordScore = 3;

/** Who the password is for, so it may not simply repeat their email. */
export interface PasswordOwner {
  readonly email?: string;
}

/**
 * Why `password` is refused, as error details on `path` (empty when it is acceptable): at least 12
 * characters, at most 256, not a common password (also with trailing digits and symbols removed), not
 * the owner's email or its name part (again with trailing digits and symbols removed), not a
 * handful of characters repeated, and at least zxcvbn's score 3 (`passwordStrength`), the refusal then
 * carrying zxcvbn's reason and suggestions (`letmein!letmein!`: a repeated pattern).
 */
export function passwordProblems(
  password: string,
  owner: PasswordOwner = {},
  path = 'password',
): ErrorDetail[] {
  const length = [...password].length;
  if (length < minPasswordLength) {
    return [{ path, message: `Use at least ${minPasswordLength} characters.` }];
  }
  if (length > maxPasswordLength) {
    return [{ path, message: `Use at most ${maxPasswordLength} characters.` }];
  }
  const lower = password.toLowerCase().trim();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords.has(lower) || commonPasswords.has(stem)) {
    return [{ path, message: 'This password is too common; choose another.' }];
  }
  const email = owner.email?.toLowerCase() ?? '';
  const local = email.split('@')[0] ?? '';
  if ((email !== '' && lower.includes(email)) || (local !== '' && stem === local)) {
    return [{ path, message: 'Do not build the password from your email address.' }];
  }
  if (new Set(lower).size < 5) {
    return [{ path, message: 'This password repeats too few characters; choose another.' }];
  }
  const strength = passwordStrength(password, email === '' ? [] : [email, local]);
  if (strength.score < minPasswordScore) {
    const advice =
      strength.suggestions.length > 0
        ? strength.suggestions
        : ['Add another word or two that are less common.'];
    const why = ['Too easy to guess.', ...(strength.warning === null ? [] : [strength.warning]), ...advice];
    return [{ path, message: why.join(' ') }];
  }
  return [];
}
