import type { z } from 'zod';
import type { ErrorDetail } from './errors';

// zod's own English messages ("Too big: expected string to have <=200 characters") start so; a
// schema's own message ("must be an EIN …") never does, and is kept as the schema words it.
const zodDefault = /^(Too (big|small)|Invalid)\b/u;

/**
 * An issue in the plain words a field's label is followed by, "must be at most 200 characters": the
 * schema's own message where it has one, else one of a few fixed wordings by the issue's kind, which
 * the server's `errors` catalogue translates (zod's own messages are not in any catalogue).
 *
 * @example
 * plainIssueMessage({ code: 'too_big', origin: 'string', maximum: 200, message: 'Too big: …', path: [], input: '' });
 * // 'must be at most 200 characters'
 */
export function plainIssueMessage(issue: z.core.$ZodIssue): string {
  if (!zodDefault.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? 'is required' : `must be at least ${minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${minimum} items`;
      return `must be at least ${minimum}`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${maximum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `allows at most ${maximum} items`;
      return `must be at most ${maximum}`;
    }
    case 'invalid_type':
      // The issue carries no input; zod's message says when there was none.
      return issue.message.endsWith('received undefined') ? 'is required' : 'is not valid';
    case 'invalid_format':
      if (issue.format === 'email') return 'must be an email address';
      if (issue.format === 'date') return 'must be a date as YYYY-MM-DD';
      if (issue.format === 'datetime') return 'must be a date and time';
      return 'is not in the expected format';
    case 'invalid_value':
      return 'is not one of the allowed options';
    case 'not_multiple_of':
      return `must be a multiple of ${Number(issue.divisor)}`;
    default:
      return 'is not valid';
  }
}

/**
 * Turns zod issues into error details with dotted paths under `prefix`. An unrecognised key becomes
 * one detail at that key's own path, so the web app can mark the field. A union that matched no
 * branch reports the branch that came closest (fewest problems), not a bare "Invalid input".
 *
 * Source: ARCHITECTURE "Errors" (`details` names each bad field).
 *
 * @example
 * zodDetails(result.error.issues, '3'); // [{ path: '3.side', message: 'is not one of the allowed options' }]
 */
export function zodDetails(issues: readonly z.core.$ZodIssue[], prefix: string): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        details.push({ path: path === '' ? key : `${path}.${key}`, message: 'field not allowed here' });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.map((branch) => zodDetails(branch, path));
      const closest = branches.reduce((best, b) => (b.length < best.length ? b : best));
      details.push(...(closest.length > 0 ? closest : [{ path, message: plainIssueMessage(issue) }]));
    } else {
      details.push({ path, message: plainIssueMessage(issue) });
    }
  }
  return details;
}
