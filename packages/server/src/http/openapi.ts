import { z } from 'zod';
import { ErrorBodySchema } from '@sotchart/contract';
import { version } from '../version';
import type { RouteRule } from './route';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** Fastify's `:id` becomes OpenAPI's `{id}`. */
const openApiPath = (url: string): string => url.replace(/:([A-Za-z]+)/g, '{$1}');

/** The OpenAPI 3 document of every route, generated from the same zod schemas that validate requests. */
export function openApiDocument(routes: readonly RouteRule[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const schema = route.schema;
    const params =
      schema?.params === undefined
        ? {}
        : (jsonSchema(schema.params, 'input') as { properties?: Record<string, unknown> });
    const query =
      schema?.query === undefined
        ? {}
        : (jsonSchema(schema.query, 'input') as { properties?: Record<string, unknown> });
    const operation: Record<string, unknown> = {
      summary: schema?.summary ?? `${route.method} ${route.url}`,
      'x-permission': route.permission,
      parameters: [
        ...Object.entries(params.properties ?? {}).map(([name, s]) => ({
          name,
          in: 'path',
          required: true,
          schema: s,
        })),
        ...Object.entries(query.properties ?? {}).map(([name, s]) => ({
          name,
          in: 'query',
          required: false,
          schema: s,
        })),
      ],
      responses: {
        [String(schema?.status ?? 200)]: {
          description: 'Success',
          ...(schema?.response === undefined && schema?.file === undefined
            ? {}
            : {
                content: {
                  ...(schema.response === undefined
                    ? {}
                    : { 'application/json': { schema: jsonSchema(schema.response, 'output') } }),
                  ...(schema.file === undefined
                    ? {}
                    : { [schema.file]: { schema: { type: 'string', format: 'binary' } } }),
                },
              }),
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: jsonSchema(ErrorBodySchema, 'output') } },
        },
      },
      ...(schema?.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(schema.body, 'input') } },
            },
          }),
    };
    const path = openApiPath(route.url);
    paths[path] = { ...paths[path], [String(route.method).toLowerCase()]: operation };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'SOT Chart API',
      version,
      description: 'Clinical records and SOT decision support. Errors follow one body shape.',
    },
    paths,
  };
}
