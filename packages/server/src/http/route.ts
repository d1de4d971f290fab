import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { isGranted, type Permission } from '../auth/permissions';
import { contextOf } from '../auth/request-context';
import { AppError } from '../errors';

/** One API route and the permission it requires; the access-matrix test reads this table. */
export interface RouteRule {
  readonly method: HTTPMethods;
  readonly url: string;
  readonly permission: Permission;
}

export interface RouteDefinition extends RouteRule {
  /**
   * For routes with an `:id` param: checks the id names a row of the caller's clinic, throwing
   * NOT_FOUND otherwise. It runs before a 403, so a forbidden role never learns that a foreign id exists.
   */
  readonly ownedBy?: (request: FastifyRequest, clinicId: string) => Promise<void>;
  handler(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

const tables = new WeakMap<FastifyInstance, RouteRule[]>();

/** Every route registered through `defineRoute` on this app, with its permission. */
export function routeTable(app: FastifyInstance): readonly RouteRule[] {
  return tables.get(app) ?? [];
}

/**
 * Registers a route whose permission is checked before the handler runs: no session answers 401,
 * a role without the permission 403. Clinic scoping is the service's job (it answers 404).
 */
export function defineRoute(app: FastifyInstance, route: RouteDefinition): void {
  const table = tables.get(app) ?? [];
  tables.set(app, table);
  table.push({ method: route.method, url: route.url, permission: route.permission });
  app.route({
    method: route.method,
    url: route.url,
    preHandler: async (request) => {
      if (route.permission === 'public') return;
      const ctx = contextOf(request);
      if (isGranted(ctx.role, route.permission)) return;
      await route.ownedBy?.(request, ctx.clinicId);
      throw new AppError('FORBIDDEN');
    },
    handler: route.handler,
  });
}
