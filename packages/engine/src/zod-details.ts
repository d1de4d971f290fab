import type { z } from 'zod';
import type { ErrorDetail } from './errors';

/**
 * Turns zod issues into error details with dotted paths under `prefix`. An unrecognised key becomes
 * one detail at that key's own path, so the web app can mark the field. A union that matched no
 * branch reports the branch that came closest (fewest problems), not a bare "Invalid input".
 *
 * Source: ARCHITECTURE "Errors" (`details` names each bad field).
 *
 * @example
 * zodDetails(result.error.issues, '3'); // [{ path: '3.side', message: 'Invalid option: …' }]
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
      details.push(...(closest.length > 0 ? closest : [{ path, message: issue.message }]));
    } else {
      details.push({ path, message: issue.message });
    }
  }
  return details;
}
