/**
 * Every error code the server answers with, and the message it carries by default.
 * ARCHITECTURE.md holds the table; `http/status-for.ts` maps each code to its HTTP status.
 */
export const errorMessages = {
  VALIDATION_FAILED: 'The request is not valid.',
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'Your role does not allow this.',
  NOT_FOUND: 'Not found.',
  VERSION_CONFLICT: 'Someone else changed this record; here is the current version.',
  VISIT_SIGNED: 'This visit is signed; add an addendum instead.',
  LINK_EXPIRED: 'This link has been used or has expired.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as application/json.',
  OVERRIDE_REASON_REQUIRED: 'A contraindication needs an override reason before signing.',
  SCREEN_INCOMPLETE: 'Answer every red-flag and contraindication question before signing.',
  RATE_LIMITED: 'Too many attempts; wait and try again.',
  DATABASE_UNAVAILABLE: 'The database is not answering; try again in a moment.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/** An expected failure with a stable code; the error handler renders it as the error body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[] | undefined;
  readonly current: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      details?: readonly ErrorDetail[];
      current?: unknown;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(options.message ?? errorMessages[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.current = options.current;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const forbidden = (): AppError => new AppError('FORBIDDEN');
export const validationFailed = (details: readonly ErrorDetail[]): AppError =>
  new AppError('VALIDATION_FAILED', { details });
