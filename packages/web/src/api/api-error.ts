/** One field the server rejected: `path` is the field's dotted path in the request body, e.g. `email`. */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/**
 * A failed API call, carrying the error body of ARCHITECTURE.md ("Errors"): a stable `code`, the
 * field `details` of a VALIDATION_FAILED and, on VERSION_CONFLICT, the record as stored (`current`).
 * A network failure has status 0 and code NETWORK.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly requestId: string | null = null,
    readonly current: unknown = undefined,
  ) {
    super(message);
  }
}

/** True when `error` is an ApiError with the given code. */
export function hasErrorCode(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}
