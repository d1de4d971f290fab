import type { ChangePassword, Login, SessionView } from './account-types';
import { request } from './http-client';

/** Sign-in, sign-out, the current session and password change. */
export const authApi = {
  /** The signed-in user, their clinic and the CSRF token; UNAUTHENTICATED without a session. */
  session: (): Promise<SessionView> => request('GET', '/api/auth/session', { reauthenticate: false }),
  login: (body: Login): Promise<unknown> =>
    request('POST', '/api/auth/login', { body, reauthenticate: false }),
  logout: (): Promise<unknown> => request('POST', '/api/auth/logout', { reauthenticate: false }),
  changePassword: (body: ChangePassword): Promise<unknown> =>
    request('POST', '/api/auth/password', { body, reauthenticate: false }),
};
