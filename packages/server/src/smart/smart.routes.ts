import type { FastifyInstance } from 'fastify';
import type { PublicUrlOf } from '../fhir-api/fhir-base';
import { defineRoute } from '../http/route';
import { backendTokenService } from '../services/backend-token.service';
import type { ServiceDeps } from '../services/service-deps';
import { OAuthError } from './oauth-error';
import { smartConfiguration, tokenPath } from './smart-configuration';

/**
 * SMART Backend Services under the FHIR base: the SMART configuration and the token endpoint
 * (form-encoded, RFC 6749 §4.4 with an RFC 7523 client assertion). Token errors answer RFC 6749's
 * JSON error body, not an OperationOutcome, as OAuth clients expect.
 */
export function smartRoutes(fhir: FastifyInstance, deps: ServiceDeps, urlOf: PublicUrlOf): void {
  fhir.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
  defineRoute(fhir, {
    method: 'GET',
    url: '/.well-known/smart-configuration',
    permission: 'public',
    handler: async (request, reply) =>
      reply.type('application/json; charset=utf-8').send(smartConfiguration(urlOf(request))),
  });
  defineRoute(fhir, {
    method: 'POST',
    url: '/auth/token',
    permission: 'public',
    handler: async (request, reply) => {
      void reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      const form =
        typeof request.body === 'object' && request.body !== null
          ? (request.body as Record<string, unknown>)
          : {};
      try {
        const answer = await backendTokenService.issue(deps, form, {
          tokenUrl: `${urlOf(request)}${tokenPath}`,
          requestId: request.id,
          ip: request.ip,
        });
        return reply.status(200).type('application/json; charset=utf-8').send(answer);
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        return reply.status(error.status).type('application/json; charset=utf-8').send(error.body());
      }
    },
  });
}

/** The SMART configuration at the server's root too, where some clients look first. */
export function rootSmartConfiguration(app: FastifyInstance, urlOf: PublicUrlOf): void {
  app.get('/.well-known/smart-configuration', async (request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(smartConfiguration(urlOf(request))),
  );
}
