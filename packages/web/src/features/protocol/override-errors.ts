import type { FieldErrors } from '../../api/field-errors';

/** The PUT body nests the override under `override`; the form's paths are the override's own. */
export function overrideErrors(errors: FieldErrors): FieldErrors {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    out[path.startsWith('override.') ? path.slice('override.'.length) : path] = message;
  }
  return out;
}

/** Every message at or under `prefix`, worded with the rest of its path, e.g. "blocks.0.landmark: …". */
export function messagesUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([path, message]) => (path === prefix ? message : `${path.slice(prefix.length + 1)}: ${message}`));
}
