import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { routeTable } from '../http/route';
import { sessionService } from '../services/session.service';
import type { AuthDeps } from './auth-deps';
import { clearSessionCookie, sessionCookieName } from './session-cookie';
import { csrfTokenFor, sameSecret } from './session-token';

export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Public routes (sign-in, a patient's kiosk link) act with no session's authority, so they need no CSRF
 * token even when the browser also holds a session cookie (a clinic tablet used as a kiosk). They
 * accept only JSON objects, which another site cannot send without a CORS preflight.
 */
function publicRoutes(app: FastifyInstance): (method: string, url: string | undefined) => boolean {
  let known: Set<string> | undefined;
  return (method, url) => {
    known ??= new Set(
      routeTable(app)
        .filter((r) => r.permission === 'public')
        .map((r) => `${r.method} ${r.url}`),
    );
    return url !== undefined && known.has(`${method} ${url}`);
  };
}

/** What a user who must change their password may still do. */
const allowedBeforePasswordChange = new Set([
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/logout-everywhere',
]);

function routeUrl(request: FastifyRequest): string | undefined {
  return request.routeOptions.url;
}

/**
 * The hook that makes `request.ctx` from the session cookie on every /api request, then enforces on
 * every route but the public ones: a state-changing request of a signed-in session carries the
 * session's CSRF token in `x-csrf-token` (403 otherwise, before the body is read), and a user with a
 * temporary password can only change it (403 on everything else). A request without a live session
 * keeps `ctx` null; `defineRoute` answers 401 for routes that need one.
 */
export function installSessionHook(app: FastifyInstance, deps: AuthDeps): void {
  const isPublic = publicRoutes(app);
  app.decorateRequest('ctx', null);
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    if (token === undefined || token === '') return;
    const session = await sessionService.resolve(deps, token);
    if (session === null) {
      clearSessionCookie(reply, request);
      return;
    }
    request.ctx = {
      clinicId: session.clinicId,
      userId: session.userId,
      role: session.role,
      requestId: request.id,
      ip: request.ip,
    };
    const csrfToken = csrfTokenFor(token);
    request.authSession = { id: session.id, csrfToken, mustChangePassword: session.mustChangePassword };

    const url = routeUrl(request);
    if (isPublic(request.method, url)) return;
    if (!safeMethods.has(request.method)) {
      const sent = request.headers[csrfHeader];
      if (typeof sent !== 'string' || !sameSecret(sent, csrfToken)) {
        throw new AppError('FORBIDDEN', {
          message: 'This request lacks the session’s CSRF token; reload the page and try again.',
          details: [{ path: `headers.${csrfHeader}`, message: 'is missing or wrong' }],
        });
      }
    }
    if (
      session.mustChangePassword &&
      url !== undefined &&
      !allowedBeforePasswordChange.has(`${request.method} ${url}`)
    ) {
      throw new AppError('FORBIDDEN', {
        message: 'Change your temporary password before you continue.',
        details: [{ path: 'password', message: 'must be changed first (POST /api/auth/password)' }],
      });
    }
  });
}
