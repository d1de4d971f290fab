/**
 * The in-app path to return to after sign-in, from the `next` query parameter. Only same-origin paths
 * are accepted (`/x`, never `//host` or `https://…`), so the link cannot send the user elsewhere.
 */
export function safeNext(next: string | null, fallback = '/'): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}
