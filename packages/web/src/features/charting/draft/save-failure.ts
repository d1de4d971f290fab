import { ErrorCode, VisitSchema, type Visit } from '@sotchart/contract';
import { conflictRecord, hasErrorCode } from '../../../api/api-error';

/** Why a draft save failed, as far as the draft's sync cares. */
export type SaveFailure =
  /** Someone else saved first; `theirs` is the visit as stored now. */
  | { readonly kind: 'conflict'; readonly theirs: Visit }
  | { readonly kind: 'signed-elsewhere' }
  /** The server could not be reached: the edits wait on this device. */
  | { readonly kind: 'offline' }
  /** Anything else, e.g. a refused body or a sign-in given up, shown as it is. */
  | { readonly kind: 'error'; readonly message: string };

/** What a failed draft save means for the draft, from the error the save threw. */
export function saveFailureOf(error: unknown): SaveFailure {
  const theirs = conflictRecord(error, VisitSchema);
  if (theirs !== undefined) return { kind: 'conflict', theirs };
  if (hasErrorCode(error, ErrorCode.VISIT_SIGNED)) return { kind: 'signed-elsewhere' };
  if (hasErrorCode(error, ErrorCode.NETWORK)) return { kind: 'offline' };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
