import { ErrorBodySchema, ErrorCode, type ErrorBody } from '@sotchart/contract';
import type { ResponseSchema } from './http-client';

/** One detail of an error body: the path and message, and for CODING_INVALID the rule and whether it may be overridden. */
export type ApiErrorDetail = NonNullable<ErrorBody['error']['details']>[number];

/**
 * A failed API call, carrying the error body of ARCHITECTURE.md ("Errors"): a stable `code`, the
 * field `details` of a VALIDATION_FAILED (each `path` the field's dotted path in the request body,
 * e.g. `email`) and, on VERSION_CONFLICT, the record as stored (`current`). A network failure has
 * status 0 and code NETWORK.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
    readonly requestId: string | null = null,
    readonly current: unknown = undefined,
  ) {
    super(message);
  }
}

/** True when `error` is an ApiError with the given code. */
export function hasErrorCode(error: unknown, code: ErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code;
}

/**
 * The error of a failed answer with status `status` and JSON `body`: the error body's code, message,
 * details and `current`, or INTERNAL with `fallbackMessage` when the body is not an error body.
 */
export function apiErrorOf(status: number, body: unknown, fallbackMessage: string): ApiError {
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, ErrorCode.INTERNAL, fallbackMessage);
  const { error, current } = parsed.data;
  return new ApiError(status, error.code, error.message, error.details ?? [], error.requestId, current);
}

/**
 * The record as stored that a VERSION_CONFLICT carries (`current`), checked against the contract's
 * schema of that record; undefined for any other error, or a `current` that does not fit.
 */
export function conflictRecord<T>(error: unknown, schema: ResponseSchema<T>): T | undefined {
  if (!hasErrorCode(error, ErrorCode.VERSION_CONFLICT)) return undefined;
  try {
    return schema.parse(error.current);
  } catch {
    return undefined;
  }
}
