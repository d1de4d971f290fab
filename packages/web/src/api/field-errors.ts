import { ErrorCode } from '@sotchart/contract';
import type { ErrorDetail } from '@sotchart/engine';
import { hasErrorCode } from './api-error';

/** Error messages by field path (`email`, `history.conditions.0`, …); the first message per field wins. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The server's `details` as a map from field path to message. */
export function fieldErrorsFromDetails(details: readonly ErrorDetail[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const detail of details) {
    if (!(detail.path in errors)) errors[detail.path] = detail.message;
  }
  return errors;
}

/** The field errors of a failed request, or none when it failed for another reason. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return hasErrorCode(error, ErrorCode.VALIDATION_FAILED) ? fieldErrorsFromDetails(error.details) : {};
}

/**
 * The message for a field and everything under it: an error on `history.conditions.2` belongs to the
 * `history.conditions` control.
 */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  const exact = errors[path];
  if (exact !== undefined) return exact;
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested === undefined ? undefined : errors[nested];
}
