import {
  SessionViewSchema,
  type ChangePassword,
  type Login,
  type SessionView,
  type UpdateMe,
} from '@sotchart/contract';
import { request, requestNoContent } from './http-client';

/** Sign-in, sign-out, the current session and password change; answers are checked against the contract. */
export const authApi = {
  /** The signed-in user, their clinic and the CSRF token; UNAUTHENTICATED without a session. */
  session: (): Promise<SessionView> =>
    request('GET', '/api/auth/session', { reauthenticate: false }, SessionViewSchema),
  login: (body: Login): Promise<SessionView> =>
    request('POST', '/api/auth/login', { body, reauthenticate: false }, SessionViewSchema),
  logout: (): Promise<void> => requestNoContent('POST', '/api/auth/logout', { reauthenticate: false }),
  changePassword: (body: ChangePassword): Promise<void> =>
    requestNoContent('POST', '/api/auth/password', { body, reauthenticate: false }),
  /** The signed-in user's own settings (the app's language; null follows the device). Re-read the session after. */
  updateMe: (body: UpdateMe): Promise<void> => requestNoContent('PATCH', '/api/me', { body }),
};
