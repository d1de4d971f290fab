import type { FastifyRequest } from 'fastify';
import { notFound } from '../errors';
import { ownershipService, type OwnedKind } from '../services/ownership.service';
import type { ServiceDeps } from '../services/service-deps';

/**
 * A route's `ownedBy` check: the `:id` param names a `kind` of the caller's clinic, else NOT_FOUND —
 * so a role that may not use the route still cannot tell a foreign id from a missing one.
 */
export function ownedBy(db: ServiceDeps['db'], kind: OwnedKind) {
  return async (request: FastifyRequest, clinicId: string): Promise<void> => {
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string' || !(await ownershipService.owns(db, clinicId, kind, id))) throw notFound();
  };
}
