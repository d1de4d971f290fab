import { ErrorCode, type ExpectedErrorCode } from '@sotchart/contract';

/**
 * Every code the server answers an expected failure with, and the message it carries by default.
 * The codes are the contract's (ARCHITECTURE.md holds the table); `http/status-for.ts` maps each to
 * its HTTP status.
 */
export const errorMessages = {
  [ErrorCode.VALIDATION_FAILED]: 'The request is not valid.',
  [ErrorCode.UNAUTHENTICATED]: 'Sign in to continue.',
  [ErrorCode.FORBIDDEN]: 'Your role does not allow this.',
  [ErrorCode.NOT_FOUND]: 'Not found.',
  [ErrorCode.VERSION_CONFLICT]: 'Someone else changed this record; here is the current version.',
  [ErrorCode.VISIT_SIGNED]: 'This visit is signed; add an addendum instead.',
  [ErrorCode.LINK_EXPIRED]: 'This link has been used or has expired.',
  [ErrorCode.PAYLOAD_TOO_LARGE]: 'The request body is too large.',
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 'Send the body as application/json.',
  [ErrorCode.OVERRIDE_REASON_REQUIRED]: 'A contraindication needs an override reason before signing.',
  [ErrorCode.SCREEN_INCOMPLETE]: 'Answer every red-flag and contraindication question before signing.',
  [ErrorCode.CODING_INVALID]:
    'The confirmed codes fail a coding check; correct them, or give an override reason where the rule allows one.',
  [ErrorCode.RATE_LIMITED]: 'Too many attempts; wait and try again.',
  [ErrorCode.DATABASE_UNAVAILABLE]: 'The database is not answering; try again in a moment.',
  [ErrorCode.CLINIC_CHOICE_REQUIRED]:
    'This email and password open accounts in more than one clinic; choose the clinic.',
  [ErrorCode.SLOT_TAKEN]:
    'This time overlaps an appointment already booked for the practitioner or the room; choose another time.',
} as const satisfies Record<ExpectedErrorCode, string>;

export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
  /** CODING_INVALID only: the coding check's id and whether a written reason may override it. */
  readonly rule?: string;
  readonly overridable?: boolean;
}

/**
 * An expected failure with a code of the table (never INTERNAL: a bug is a plain throw); the error
 * handler renders it as the error body.
 */
export class AppError extends Error {
  readonly code: ExpectedErrorCode;
  readonly details: readonly ErrorDetail[] | undefined;
  readonly current: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ExpectedErrorCode,
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

export const notFound = (): AppError => new AppError(ErrorCode.NOT_FOUND);
export const forbidden = (): AppError => new AppError(ErrorCode.FORBIDDEN);
export const validationFailed = (details: readonly ErrorDetail[]): AppError =>
  new AppError(ErrorCode.VALIDATION_FAILED, { details });
