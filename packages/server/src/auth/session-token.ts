import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new session token: 256 random bits, base64url. Only its hash is ever stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the session table stores instead of the token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token bound to a session: derived from the session token, so the server recomputes it from
 * the cookie and stores nothing; a page on another site can neither read the cookie nor the token.
 */
export function csrfTokenFor(token: string): string {
  return createHash('sha256').update(`csrf:${token}`).digest('base64url');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a session cookie's token stands for on each request: its stored hash and its CSRF token. */
export interface TokenDigests {
  readonly hash: string;
  readonly csrfToken: string;
}

/** Tokens whose digests are kept: a clinic's signed-in devices, several times over. */
const digestCapacity = 1024;
const digests = new Map<string, TokenDigests>();

/**
 * {@link tokenHash} and {@link csrfTokenFor} of a token, remembered for the most recent tokens: every
 * request of a session presents the same cookie, and two SHA-256 digests each time were a visible
 * share of a short request. The table decides nothing (the session's row does); it only saves work.
 */
export function tokenDigests(token: string): TokenDigests {
  let found = digests.get(token);
  if (found === undefined) {
    found = { hash: tokenHash(token), csrfToken: csrfTokenFor(token) };
    if (digests.size >= digestCapacity) digests.delete(digests.keys().next().value as string);
    digests.set(token, found);
  }
  return found;
}
