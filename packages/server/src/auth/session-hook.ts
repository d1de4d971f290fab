import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { sessionService } from '../services/session.service';
import type { AuthDeps } from './auth-deps';
import { clearSessionCookie, sessionCookieName } from './session-cookie';
import { sameSecret, tokenDigests } from './session-token';

export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sign-in needs no CSRF token: it has no session to ride on, and it only accepts a JSON body. Every
 * other write that carries a session cookie needs the token, public routes included: a page that acts
 * without a session (a kiosk link) simply sends no cookie.
 */
const csrfExempt = new Set(['/api/auth/login']);

/** What a user who must change their password may still do. */
const allowedBeforePasswordChange = new Set([
  'GET /api/auth/session',
  'POST /api/auth/password',
  'POST /api/auth/logout',
  'POST /api/auth/logout-everywhere',
  'POST /api/auth/login',
]);

function routeUrl(request: FastifyRequest): string | undefined {
  return request.routeOptions.url;
}

/** The checks a signed-in request passes before its route runs: CSRF token, then a temporary password. */
function checkSignedIn(request: FastifyRequest, csrfToken: string, mustChangePassword: boolean): void {
  const url = routeUrl(request);
  if (!safeMethods.has(request.method) && !(url !== undefined && csrfExempt.has(url))) {
    const sent = request.headers[csrfHeader];
    if (typeof sent !== 'string' || !sameSecret(sent, csrfToken)) {
      throw new AppError('FORBIDDEN', {
        message: 'This request lacks the session’s CSRF token; reload the page and try again.',
        details: [{ path: `headers.${csrfHeader}`, message: 'is missing or wrong' }],
      });
    }
  }
  if (
    mustChangePassword &&
    url !== undefined &&
    !allowedBeforePasswordChange.has(`${request.method} ${url}`)
  ) {
    throw new AppError('FORBIDDEN', {
      message: 'Change your temporary password before you continue.',
      details: [{ path: 'password', message: 'must be changed first (POST /api/auth/password)' }],
    });
  }
}

/**
 * The hook that makes `request.ctx` from the session cookie on every /api and /fhir request, then enforces:
 * a state-changing request of a signed-in session carries the session's CSRF token in `x-csrf-token`
 * (403 otherwise, before the body is read), and a user with a temporary password can only change it
 * (403 on everything else). A request without a live session keeps `ctx` null; `defineRoute` answers
 * 401 for routes that need one. A request without a session cookie (pages, assets, public routes)
 * passes straight through, without the promise an async hook costs.
 */
export function installSessionHook(app: FastifyInstance, deps: AuthDeps): void {
  app.decorateRequest('ctx', null);
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', (request, reply, done) => {
    // The FHIR API (fhir-api/) takes the app's session too, besides Bearer tokens of backend clients.
    const token = request.cookies[sessionCookieName];
    if (
      token === undefined ||
      token === '' ||
      !(request.url.startsWith('/api/') || request.url.startsWith('/fhir/'))
    ) {
      done();
      return;
    }
    const { hash, csrfToken } = tokenDigests(token);
    sessionService.resolve(deps, hash).then(
      (session) => {
        if (session === null) {
          clearSessionCookie(reply, request);
          done();
          return;
        }
        request.ctx = {
          clinicId: session.clinicId,
          userId: session.userId,
          role: session.role,
          requestId: request.id,
          ip: request.ip,
        };
        request.authSession = { id: session.id, csrfToken, mustChangePassword: session.mustChangePassword };
        let refused: Error | undefined;
        try {
          checkSignedIn(request, csrfToken, session.mustChangePassword);
        } catch (error) {
          refused = error as Error;
        }
        done(refused);
      },
      (error: unknown) => done(error as Error),
    );
  });
}
