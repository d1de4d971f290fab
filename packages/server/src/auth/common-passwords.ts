import { readFileSync } from 'node:fs';

/**
 * Passwords (lower-cased) that guessing attacks try first, from `common-passwords.txt`. The policy
 * refuses a password equal to one of these, or equal to one once trailing digits and symbols are
 * removed (`Password2026!` → `password`), so the list holds base words as well as long passwords from
 * public breach lists, and the words a chiropractic clinic is likely to choose.
 */
export const commonPasswords: ReadonlySet<string> = new Set(
  readFileSync(new URL('common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);
