import { ErrorCode } from '@sotchart/contract';
import { ApiError } from '../../api/api-error';

/** A sign-in or password error in plain words; field-level problems are shown beside their fields. */
export function authErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (error.code) {
    case ErrorCode.UNAUTHENTICATED:
      return 'That email and password do not match an active account.';
    case ErrorCode.RATE_LIMITED:
      return 'Too many attempts. Wait a little, then try again.';
    case ErrorCode.VALIDATION_FAILED:
      return 'Check the fields marked below.';
    case ErrorCode.NETWORK:
      return error.message;
    default:
      return error.message;
  }
}
