import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The Content-Security-Policy the web app runs under: its own scripts, styles, images (and data:
 * images), fonts and API only; no inline script or style element, no plugins, no framing by any site.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // A clinic's local server is often plain http on the practice network; upgrading would break it.
  upgradeInsecureRequests: null,
};

/**
 * Helmet's headers with the policy above, worked out once. They depend on nothing in the request, and
 * building helmet's middleware per request (as its Fastify plugin does) was a measurable share of a
 * short API request's time.
 */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    referrerPolicy: { policy: 'no-referrer' },
  })(
    // Helmet only sets and removes headers on the response; this collects what it sets.
    {} as never,
    collector as unknown as ServerResponse,
    (error?: unknown) => {
      if (error !== undefined) throw error;
    },
  );
  return headers;
}

let worked: {
  readonly page: Readonly<Record<string, string>>;
  readonly api: Readonly<Record<string, string>>;
};

/**
 * The headers an answer to `url` carries, worked out once: helmet's on every answer, and on every API
 * answer `Cache-Control: no-store` as well, since nearly all of them carry patient data and none may
 * sit in a browser's or a proxy's cache (routes that set their own, such as PDFs, keep it).
 */
export function responseHeaders(url: string): Readonly<Record<string, string>> {
  if (worked === undefined) {
    const page = securityHeaders();
    worked = { page, api: { ...page, 'cache-control': 'no-store' } };
  }
  return url.startsWith('/api/') ? worked.api : worked.page;
}

/** {@link responseHeaders} on every response: pages, assets and the API, errors included. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(responseHeaders(request.url));
    done();
  });
}
