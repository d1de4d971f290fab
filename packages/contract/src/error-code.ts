/**
 * Every code an API error can carry, as one const so the server's catalogue and the clients' checks
 * name the same codes (`ErrorCode.VERSION_CONFLICT`, never a bare string). The first block is the
 * error table of ARCHITECTURE.md ("Errors"), each code with its HTTP status in the server's
 * `statusFor`; the rest are not expected outcomes (a 500, or a failure on the client's side).
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  VISIT_SIGNED: 'VISIT_SIGNED',
  LINK_EXPIRED: 'LINK_EXPIRED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  OVERRIDE_REASON_REQUIRED: 'OVERRIDE_REASON_REQUIRED',
  SCREEN_INCOMPLETE: 'SCREEN_INCOMPLETE',
  CODING_INVALID: 'CODING_INVALID',
  RATE_LIMITED: 'RATE_LIMITED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  CLINIC_CHOICE_REQUIRED: 'CLINIC_CHOICE_REQUIRED',
  SLOT_TAKEN: 'SLOT_TAKEN',
  /** A bug on the server: a 500 with a generic message. Also a client's name for an unreadable error body. */
  INTERNAL: 'INTERNAL',
  /** The client's own: the server could not be reached. */
  NETWORK: 'NETWORK',
  /** The client's own: the server's answer does not fit its contract schema. */
  CONTRACT_MISMATCH: 'CONTRACT_MISMATCH',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The codes of the error table: expected failures, each with its own HTTP status. */
export type ExpectedErrorCode = Exclude<ErrorCode, 'INTERNAL' | 'NETWORK' | 'CONTRACT_MISMATCH'>;

/** The codes a server's error body may carry: the table's, and INTERNAL for a 500. */
export type ServerErrorCode = ExpectedErrorCode | typeof ErrorCode.INTERNAL;

/** The codes a server's error body may carry, for the error body's schema. */
export const serverErrorCodes = Object.values(ErrorCode).filter(
  (code): code is ServerErrorCode => code !== ErrorCode.NETWORK && code !== ErrorCode.CONTRACT_MISMATCH,
);
