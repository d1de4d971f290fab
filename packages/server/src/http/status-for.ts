import type { ExpectedErrorCode } from '@sotchart/contract';

/** The one mapping from error code to HTTP status (ARCHITECTURE.md, "Errors"). */
export const statusFor = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  VISIT_SIGNED: 409,
  LINK_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  OVERRIDE_REASON_REQUIRED: 422,
  SCREEN_INCOMPLETE: 422,
  CODING_INVALID: 422,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  CLINIC_CHOICE_REQUIRED: 409,
  SLOT_TAKEN: 409,
} as const satisfies Record<ExpectedErrorCode, number>;
