import {
  BackendClientListSchema,
  BackendClientSchema,
  CreateBackendClientSchema,
  IdParamsSchema,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { backendClientService } from '../../services/backend-client.service';
import type { ServiceDeps } from '../../services/service-deps';
import { defineRoute } from '../route';

/**
 * The owner's register of SMART backend systems (docs/interop.md, "Backend services"): list,
 * register with a public JWKS and allowed scopes, revoke.
 */
export function backendClientRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const clientOwned = async (request: FastifyRequest, clinicId: string) => {
    const { id } = request.params as { id?: unknown };
    await backendClientService.assertOwned(deps, clinicId, typeof id === 'string' ? id : '');
  };
  defineRoute(app, {
    method: 'GET',
    url: '/api/backend-clients',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Backend systems registered for SMART Backend Services',
      response: BackendClientListSchema,
    },
    handler: async (request) => ({ items: await backendClientService.list(deps, contextOf(request)) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/backend-clients',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Register a backend system: its name, public JWKS (RS384 or ES384 keys) and allowed scopes',
      body: CreateBackendClientSchema,
      response: BackendClientSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) => backendClientService.create(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/backend-clients/:id/revoke',
    permission: 'clinicAdmin',
    ownedBy: clientOwned,
    schema: {
      summary: 'Revoke a backend system: no new tokens, and its live tokens stop working',
      params: IdParamsSchema,
      response: BackendClientSchema,
    },
    handler: async (request, _reply, { params }) => {
      await clientOwned(request, contextOf(request).clinicId);
      return backendClientService.revoke(deps, contextOf(request), params.id);
    },
  });
}
