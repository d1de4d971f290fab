import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../errors';

export interface Versioned {
  readonly version: number;
}

/**
 * The one choke point for changes to a charted record (STYLE rule 14): a stale `version` is a
 * VERSION_CONFLICT carrying the current record; a patch that changes nothing returns null; otherwise
 * the next record, with `version` bumped.
 */
export function applyChange<T extends Versioned>(current: T, patch: Partial<T> & Versioned): T | null {
  if (patch.version !== current.version) throw new AppError('VERSION_CONFLICT', { current });
  const changed = Object.entries(patch).some(
    ([key, value]) =>
      key !== 'version' && value !== undefined && !isDeepStrictEqual(value, current[key as keyof T]),
  );
  if (!changed) return null;
  const next = { ...current } as T;
  for (const [key, value] of Object.entries(patch)) {
    if (key !== 'version' && value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return { ...next, version: current.version + 1 };
}

/** The conflict raised when a guarded update matched no row because someone else saved first. */
export function lostRace(current: unknown): AppError {
  return new AppError('VERSION_CONFLICT', { current });
}
