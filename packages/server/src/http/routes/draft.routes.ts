import { DraftsQuerySchema, StaleDraftListSchema } from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { draftService } from '../../services/draft.service';
import type { ServiceDeps } from '../../services/service-deps';
import { defineRoute } from '../route';

/** Unsigned drafts a practitioner has left for more than a day. */
export function draftRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/drafts',
    permission: 'clinicalWrite',
    schema: {
      summary:
        "The caller's unsigned draft visits timed more than 24 hours ago, oldest first (owners may name another practitioner)",
      query: DraftsQuerySchema,
      response: StaleDraftListSchema,
    },
    handler: (request, _reply, { query }) => draftService.listStale(deps, contextOf(request), query),
  });
}
