import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../errors';

export interface Versioned {
  readonly version: number;
}

/** One write of a versioned record, inside the transaction that read it. */
export interface VersionedWrite<T extends Versioned> {
  /** The record as stored, read in this transaction. */
  readonly current: T;
  /** The version the caller last read: any other is VERSION_CONFLICT. */
  readonly expected: number;
  /**
   * The record's next state (its `version` is set by the save), or null when nothing changes, which
   * writes nothing. Runs only once `expected` is known to be current, so its own checks come after
   * the conflict.
   */
  readonly change: (current: T) => T | null | Promise<T | null>;
  /** Writes `next` only where the stored version is still `expected`; false when no row matched. */
  readonly write: (next: T, expected: number) => Promise<boolean>;
  /** The record as stored now, read again after a write that matched no row. */
  readonly reload: () => Promise<T | undefined>;
  /** What a conflict shows of a record (a role may see less than the whole row); all of it by default. */
  readonly view?: (record: T) => unknown;
}

/**
 * The one path of every versioned write (STYLE rule 14): a stale `expected` is VERSION_CONFLICT
 * carrying the record as read; otherwise the change is written with `version` bumped, guarded by
 * `WHERE version = expected`, and a writer that lost the race in between gets the conflict with the
 * winner's record. The caller audits in the same transaction.
 */
export async function saveVersioned<T extends Versioned>(save: VersionedWrite<T>): Promise<T> {
  const { current, view = (record: T): unknown => record } = save;
  if (save.expected !== current.version) throw new AppError('VERSION_CONFLICT', { current: view(current) });
  const changed = await save.change(current);
  if (changed === null) return current;
  const next: T = { ...changed, version: current.version + 1 };
  if (!(await save.write(next, current.version))) {
    const stored = await save.reload();
    throw new AppError('VERSION_CONFLICT', { current: stored === undefined ? undefined : view(stored) });
  }
  return next;
}

/** `current` with the fields `patch` sets (all but `version`), or null when none of them differs. */
export function patched<T extends Versioned>(current: T, patch: Partial<T>): T | null {
  const fields: [string, unknown][] = Object.entries(patch).filter(
    ([key, value]) => key !== 'version' && value !== undefined,
  );
  if (fields.every(([key, value]) => isDeepStrictEqual(value, current[key as keyof T]))) return null;
  return { ...current, ...Object.fromEntries(fields) };
}
