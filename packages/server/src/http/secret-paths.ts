/**
 * Paths whose own text is a secret: a calendar feed's address is its token, and a calendar app can
 * send nothing else (no header, no body). The request log prints these with the token replaced.
 */
const secretPaths: readonly RegExp[] = [/^(\/calendar\/)[^/]+(\.ics)$/];

/** The path as logs may print it: a secret in it replaced by `[redacted]`. */
export function loggablePath(path: string): string {
  for (const pattern of secretPaths) if (pattern.test(path)) return path.replace(pattern, '$1[redacted]$2');
  return path;
}
