import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { backendTokenService } from '../services/backend-token.service';
import type { ServiceDeps } from '../services/service-deps';
import { scopesAllow, type FhirInteraction } from '../smart/smart-scopes';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The SMART scopes of a backend client's Bearer token; null for the app's own session, whose role
     * alone decides (the permission of each route).
     */
    fhirScopes: readonly string[] | null;
  }
}

/**
 * Lets a backend client in with `Authorization: Bearer <token>`: the token's clinic becomes the
 * request's clinic and the client its actor (audit rows name the client id). A client has the read
 * access of its clinic's owner on the FHIR API only (every FHIR route is a read), narrowed by its
 * scopes on each route. An unknown, expired or revoked token is a 401 whatever else the request holds.
 */
export function installBearerAccess(fhir: FastifyInstance, deps: ServiceDeps): void {
  fhir.decorateRequest('fhirScopes', null);
  fhir.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
    const grant = match?.[1] === undefined ? undefined : await backendTokenService.resolve(deps, match[1]);
    if (grant === undefined)
      throw new AppError('UNAUTHENTICATED', { message: 'The access token is unknown, expired or revoked.' });
    request.ctx = {
      clinicId: grant.clinicId,
      userId: grant.clientId,
      role: 'owner',
      requestId: request.id,
      ip: request.ip,
    };
    request.fhirScopes = grant.scopes;
  });
}

/** FORBIDDEN unless the request's scopes (a client's) allow `interaction` on `resourceType`. */
export function requireScope(
  request: FastifyRequest,
  resourceType: string,
  interaction: FhirInteraction,
): void {
  if (mayAccess(request, resourceType, interaction)) return;
  throw new AppError('FORBIDDEN', {
    message: `The access token's scopes do not allow ${interaction} of ${resourceType}.`,
  });
}

/** True when the request may `interaction` on `resourceType`: always for a session, by scope for a client. */
export function mayAccess(
  request: FastifyRequest,
  resourceType: string,
  interaction: FhirInteraction,
): boolean {
  return request.fhirScopes === null || scopesAllow(request.fhirScopes, resourceType, interaction);
}
