import { isGranted, type Permission } from '@sotchart/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z, ZodType } from 'zod';
import { contextOf } from '../auth/request-context';
import { AppError, type ErrorDetail } from '../errors';
import { detailsFromZod } from './parse-input';
import { unstorableTextDetails } from './unstorable-text';

/** The zod schemas of a route's input and output; they validate requests and produce the OpenAPI document. */
export interface RouteSchemas {
  readonly summary: string;
  readonly params?: ZodType;
  readonly query?: ZodType;
  readonly body?: ZodType;
  /** The JSON body of a successful answer; integration tests parse every answer against it. */
  readonly response?: ZodType;
  /** A successful answer sent as a file (a PDF, a CSV table, a streamed FHIR bundle) instead of JSON. */
  readonly file?: FileType;
  /** Status of a successful answer (default 200); a 204 has no body and declares neither of the above. */
  readonly status?: number;
}

/** The media types a route may answer as a file download. */
export type FileType = 'application/pdf' | 'text/csv' | 'application/fhir+json' | 'text/calendar';

/** One API route and the permission it requires; the access-matrix test and OpenAPI read this table. */
export interface RouteRule {
  readonly method: HTTPMethods;
  readonly url: string;
  readonly permission: Permission;
  readonly schema?: RouteSchemas;
}

type Parsed<T> = T extends ZodType ? z.output<T> : undefined;
export interface RouteInput<S extends RouteSchemas> {
  readonly params: Parsed<S['params']>;
  readonly query: Parsed<S['query']>;
  readonly body: Parsed<S['body']>;
}

export interface RouteDefinition<S extends RouteSchemas = RouteSchemas> extends RouteRule {
  readonly schema?: S;
  /**
   * For routes with an `:id` param: checks the id names a row of the caller's clinic, throwing
   * NOT_FOUND otherwise. It runs before a 403, so a forbidden role never learns that a foreign id exists.
   */
  readonly ownedBy?: (request: FastifyRequest, clinicId: string) => Promise<void>;
  /** Runs before the body is read, after the app's own hooks (a rate limit by address, say). */
  readonly onRequest?: (request: FastifyRequest) => Promise<void>;
  /** Runs once the body is parsed, before the permission check and validation. */
  readonly preValidation?: (request: FastifyRequest) => Promise<void>;
  handler(request: FastifyRequest, reply: FastifyReply, input: RouteInput<S>): Promise<unknown>;
}

const tables = new WeakMap<FastifyInstance, RouteRule[]>();

/** Every route registered through `defineRoute` on this app, with its permission. */
export function routeTable(app: FastifyInstance): readonly RouteRule[] {
  return tables.get(app) ?? [];
}

/** Parses params, query and body with the route's schemas, reporting every bad field of all three. */
function parseRequest<S extends RouteSchemas>(schema: S | undefined, request: FastifyRequest): RouteInput<S> {
  const details: ErrorDetail[] = [];
  const parse = (part: 'params' | 'query' | 'body', value: unknown): unknown => {
    const s = schema?.[part];
    if (s === undefined) return undefined;
    const result = s.safeParse(value);
    const found = result.success ? [] : detailsFromZod(result.error, part);
    // Text the database cannot store, wherever the schema let it through (named once per field).
    const named = new Set(found.map((d) => d.path));
    details.push(...found, ...unstorableTextDetails(value, part).filter((d) => !named.has(d.path)));
    return result.success ? result.data : undefined;
  };
  const input = {
    params: parse('params', request.params),
    query: parse('query', request.query),
    body: parse('body', request.body),
  };
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', { details });
  return input as RouteInput<S>;
}

/**
 * Registers a route: no session answers 401, a role without the permission 403 (after `ownedBy`, so
 * foreign ids stay 404), bad input 400 naming each field; then the handler runs with the parsed input.
 * Clinic scoping of the data itself is the service's job.
 */
export function defineRoute<S extends RouteSchemas>(app: FastifyInstance, route: RouteDefinition<S>): void {
  const table = tables.get(app) ?? [];
  tables.set(app, table);
  table.push({
    method: route.method,
    url: route.url,
    permission: route.permission,
    ...(route.schema === undefined ? {} : { schema: route.schema }),
  });
  const { onRequest, preValidation } = route;
  app.route({
    method: route.method,
    url: route.url,
    ...(onRequest === undefined ? {} : { onRequest: (request: FastifyRequest) => onRequest(request) }),
    ...(preValidation === undefined
      ? {}
      : { preValidation: (request: FastifyRequest) => preValidation(request) }),
    preHandler: async (request) => {
      if (route.permission === 'public') return;
      const ctx = contextOf(request);
      if (isGranted(ctx.role, route.permission)) return;
      await route.ownedBy?.(request, ctx.clinicId);
      throw new AppError('FORBIDDEN');
    },
    handler: async (request, reply) => {
      const input = parseRequest(route.schema, request);
      const result = await route.handler(request, reply, input);
      if (reply.sent) return reply;
      return reply.status(route.schema?.status ?? 200).send(result);
    },
  });
}
