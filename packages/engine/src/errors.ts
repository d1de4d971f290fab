/**
 * One problem found while validating input: `path` names the field (e.g. `3.side` for the `side` of
 * the fourth finding), `message` says what is wrong in words a practitioner can act on.
 *
 * Source: ARCHITECTURE "Errors" (the error body's `details`).
 *
 * @example
 * const detail: ErrorDetail = { path: '3.side', message: "side 'none' never goes with positive: true" };
 */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/**
 * The engine's only error: input that breaks the specification. Every problem is listed, not only
 * the first. Anything else the engine could get wrong is a bug and throws.
 *
 * Source: ARCHITECTURE "Errors"; STYLE rule 6.
 *
 * @example
 * const error: EngineError = { code: 'VALIDATION_FAILED', details: [{ path: '0.phase', message: 'required' }] };
 */
export interface EngineError {
  readonly code: 'VALIDATION_FAILED';
  readonly details: readonly ErrorDetail[];
}

/**
 * An expected outcome as a value: the parsed input, or the validation problems.
 *
 * Source: STYLE rule 6.
 *
 * @example
 * const result: Result<number> = { ok: true, value: 1 };
 * if (!result.ok) console.log(result.error.details);
 */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

/**
 * Builds a successful {@link Result}.
 *
 * Source: STYLE rule 6.
 *
 * @example
 * ok([]); // { ok: true, value: [] }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result} carrying every problem found.
 *
 * Source: STYLE rule 6.
 *
 * @example
 * validationFailed([{ path: '', message: 'expected an array' }]);
 */
export function validationFailed<T>(details: readonly ErrorDetail[]): Result<T> {
  return { ok: false, error: { code: 'VALIDATION_FAILED', details } };
}
