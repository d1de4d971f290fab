import { ErrorCode } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';
import { ApiError } from '../../api/api-error';

/** A sign-in or password error in plain words; field-level problems are shown beside their fields. */
export function authErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('error.unknown', { ns: 'auth' });
  switch (error.code) {
    case ErrorCode.UNAUTHENTICATED:
      return i18n.t('error.badCredentials', { ns: 'auth' });
    case ErrorCode.RATE_LIMITED:
      return i18n.t('error.rateLimited', { ns: 'auth' });
    case ErrorCode.VALIDATION_FAILED:
      return i18n.t('error.checkFields', { ns: 'auth' });
    case ErrorCode.NETWORK:
      return error.message;
    default:
      return error.message;
  }
}
