import { ErrorCode, type SessionView } from '@sotchart/contract';
import { hasErrorCode } from '../../api/api-error';
import { authApi } from '../../api/auth-api';
import { setCsrfToken } from '../../api/http-client';

/** The current session, or null when signed out; keeps the CSRF token in step with it. */
export async function loadSession(): Promise<SessionView | null> {
  try {
    const session = await authApi.session();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (hasErrorCode(error, ErrorCode.UNAUTHENTICATED)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}
