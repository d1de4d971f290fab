import { isDeepStrictEqual } from 'node:util';
import { ErrorBodySchema } from '@sotchart/contract';
import { zodDetails } from '@sotchart/engine';
import type { FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';
import { routeTable, type RouteSchemas } from './route';

/** One answer as it leaves the server: status, `content-type` and Fastify's payload (text, bytes or a stream). */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly payload: unknown;
}

const isEmpty = (payload: unknown) => payload === undefined || payload === null || payload === '';

/** Where two JSON values first differ (`items[0].engine.plan`), or undefined when they are equal. */
function firstDifference(sent: unknown, parsed: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(sent, parsed)) return undefined;
  const here = path === '' ? '(the whole body)' : path;
  if (Array.isArray(sent) && Array.isArray(parsed) && sent.length === parsed.length) {
    for (const [i, item] of sent.entries()) {
      const found = firstDifference(item, parsed[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  }
  if (typeof sent === 'object' && typeof parsed === 'object' && sent !== null && parsed !== null) {
    const a = sent as Record<string, unknown>;
    const b = parsed as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return here;
}

/** Why a JSON text is outside a schema, or undefined when it is inside. */
function jsonProblem(schema: ZodType, payload: unknown): string | undefined {
  if (typeof payload !== 'string')
    return 'is JSON sent as a stream, which no schema can check: declare a file';
  let sent: unknown;
  try {
    sent = JSON.parse(payload);
  } catch {
    return 'is not valid JSON';
  }
  const parsed = schema.safeParse(sent);
  if (!parsed.success)
    return zodDetails(parsed.error.issues, '')
      .map((d) => `${d.path === '' ? '(the whole body)' : d.path}: ${d.message}`)
      .join('; ');
  // Parsing drops fields the schema does not list and fills defaults in: an answer it changes is
  // outside its schema too (the OpenAPI document promises no other fields).
  const changed = firstDifference(sent, parsed.data, '');
  return changed === undefined
    ? undefined
    : `${changed}: is not what the schema describes (an unlisted field?)`;
}

/**
 * Why an answer is outside what its route declares, or undefined when it is inside: the declared
 * success status with the `response` schema (or the declared `file` type, or no body for a 204), or
 * an error status with the error body every failure shares. Any other status is outside too.
 */
export function answerProblem(schemas: RouteSchemas | undefined, answer: Answer): string | undefined {
  const type = answer.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const json = type === 'application/json' || type.endsWith('+json');
  const success = schemas?.status ?? 200;
  if (answer.status >= 400)
    return json ? jsonProblem(ErrorBodySchema, answer.payload) : `is ${type}, not an error body`;
  if (answer.status !== success) return `has status ${answer.status}, but the route declares ${success}`;
  if (success === 204) return isEmpty(answer.payload) ? undefined : 'has a body, but a 204 has none';
  if (schemas?.file !== undefined && type === schemas.file) return undefined;
  if (!json) return `is ${type === '' ? 'untyped' : type}, which the route does not declare`;
  if (schemas?.response === undefined) return 'is JSON, but the route declares no response schema';
  return jsonProblem(schemas.response, answer.payload);
}

/**
 * Checks every answer of a route in the route table against what the route declares (see
 * {@link answerProblem}); routes outside the table (health, the API docs) declare nothing. Integration
 * tests turn it on, so a route that answers outside its schema fails the request that got the answer.
 */
export function installAnswerCheck(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    const rule = routeTable(app).find((r) => r.method === request.method && r.url === url);
    if (rule === undefined || reply.raw.destroyed) return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    const problem = answerProblem(rule.schema, { status: reply.statusCode, contentType, payload });
    if (problem === undefined) return payload;
    const error = new Error(
      `${rule.method} ${rule.url} answered ${reply.statusCode} outside its schema: ${problem}`,
    );
    request.log.error({ err: error }, 'answer outside its schema');
    // Abort rather than send: `inject` then rejects with this error and a socket client loses the
    // connection, so no test passes by not reading the status. Waiting for the close lets the abort
    // land before Fastify writes the answer to the dead response.
    const closed = new Promise((resolve) => reply.raw.once('close', resolve));
    reply.raw.destroy(error);
    await closed;
    return payload;
  });
}
