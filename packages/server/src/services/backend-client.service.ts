import type { BackendClient, CreateBackendClient } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { backendClientRepository } from '../db/repositories/backend-client.repository';
import { notFound } from '../errors';
import { checkPublicJwks } from '../smart/client-jwks';
import { auditOf, type ServiceDeps } from './service-deps';

/**
 * The owner's register of SMART backend systems: each gets a client id, the public keys it signs its
 * assertions with and the scopes it may ask for. Revoking one stops new tokens and its live ones.
 */
export const backendClientService = {
  /** NOT_FOUND unless `id` is a client of the clinic (a route's `ownedBy` check). */
  async assertOwned(deps: ServiceDeps, clinicId: string, id: string): Promise<void> {
    if ((await backendClientRepository.findById(deps.db, clinicId, id)) === undefined) throw notFound();
  },

  list(deps: ServiceDeps, ctx: RequestContext): Promise<BackendClient[]> {
    return backendClientRepository.listByClinic(deps.db, ctx.clinicId);
  },

  async create(deps: ServiceDeps, ctx: RequestContext, input: CreateBackendClient): Promise<BackendClient> {
    await checkPublicJwks(input.jwks);
    const id = deps.newId();
    return deps.db.transaction().execute(async (trx) => {
      const client = await backendClientRepository.insert(
        trx,
        { id, clinicId: ctx.clinicId, name: input.name, jwks: input.jwks, scopes: input.scopes },
        deps.clock().toISOString(),
        ctx.userId,
      );
      await deps.audit.within(trx, auditOf(ctx, 'create', 'backend_client', [id], null));
      return client;
    });
  },

  async revoke(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<BackendClient> {
    return deps.db.transaction().execute(async (trx) => {
      if (await backendClientRepository.revoke(trx, ctx.clinicId, id, deps.clock().toISOString()))
        await deps.audit.within(trx, auditOf(ctx, 'update', 'backend_client', [id], null));
      const client = await backendClientRepository.findById(trx, ctx.clinicId, id);
      if (client === undefined) throw notFound();
      return client;
    });
  },
};
