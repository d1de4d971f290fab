import { ChangePasswordSchema, LoginSchema, SessionViewSchema, UpdateMeSchema } from '@sotchart/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthDeps, AuthSession } from '../../auth/auth-deps';
import { contextOf } from '../../auth/request-context';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../auth/session-cookie';
import { AppError } from '../../errors';
import { sessionService } from '../../services/session.service';
import { userService } from '../../services/user.service';
import { defineRoute } from '../route';

function sessionOf(request: FastifyRequest): AuthSession {
  if (request.authSession === null) throw new AppError('UNAUTHENTICATED');
  return request.authSession;
}

/**
 * Sign-in, the current session, sign-out (here or everywhere), changing one's own password and one's
 * own preferences.
 */
export function authRoutes(app: FastifyInstance, deps: AuthDeps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/login',
    permission: 'public',
    schema: {
      summary: 'Sign in; sets the session cookie and returns the session (rate-limited)',
      body: LoginSchema,
      response: SessionViewSchema,
    },
    handler: async (request, reply, { body }) => {
      const signedIn = await sessionService.login(deps, {
        ...body,
        ip: request.ip,
        requestId: request.id,
        presentedToken: request.cookies[sessionCookieName],
      });
      setSessionCookie(reply, request, signedIn.token);
      return signedIn.view;
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/session',
    permission: 'signedIn',
    schema: { summary: 'Who is signed in, their clinic, and the CSRF token', response: SessionViewSchema },
    handler: (request) => sessionService.view(deps, contextOf(request), sessionOf(request).csrfToken),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/logout',
    permission: 'signedIn',
    schema: { summary: 'Sign out of this session', status: 204 },
    handler: async (request, reply) => {
      await sessionService.logout(deps, contextOf(request), sessionOf(request).id);
      clearSessionCookie(reply, request);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/logout-everywhere',
    permission: 'signedIn',
    schema: { summary: 'Sign out of every session of this user, on every device', status: 204 },
    handler: async (request, reply) => {
      await sessionService.logoutEverywhere(deps, contextOf(request));
      clearSessionCookie(reply, request);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/password',
    permission: 'signedIn',
    schema: {
      summary: 'Change your own password (required first after a reset); ends your other sessions',
      body: ChangePasswordSchema,
      status: 204,
    },
    handler: async (request, _reply, { body }) => {
      await userService.changeOwnPassword(deps, contextOf(request), sessionOf(request).id, body);
    },
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/me',
    permission: 'signedIn',
    schema: {
      summary: "Set your own preferences: the app's language (null follows the device)",
      body: UpdateMeSchema,
      status: 204,
    },
    handler: async (request, _reply, { body }) => {
      await userService.updateMe(deps, contextOf(request), body);
    },
  });
}
