import { ErrorCode, type ExpectedErrorCode, type ServerErrorCode } from '@sotchart/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { responseHeaders } from '../auth/security-headers';
import { AppError, type ErrorDetail } from '../errors';
import { statusFor } from './status-for';
import { requestLanguage, translateKnown } from '../i18n/translator';
import { detailsFromZod } from './parse-input';
import { wantsSpaFallback } from './web-app';

/** Fastify's own error codes that are the client's fault, mapped onto the project's table. */
const fastifyCodes: Record<string, ExpectedErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

interface ErrorBody {
  error: {
    code: ServerErrorCode;
    message: string;
    details?: readonly ErrorDetail[];
    requestId: string;
  };
  current?: unknown;
}

/** The expected failure an error stands for, or undefined for a bug (a 500). */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError('VALIDATION_FAILED', { details: detailsFromZod(error, 'body') });
  // The PostgreSQL connection was lost or refused mid-request (restart, failover): retrying may work.
  // A socket error that carries an HTTP status is the client's own request breaking off, not the database.
  if (isDatabaseUnavailable(error) && (error as Partial<FastifyError>).statusCode === undefined) {
    return new AppError('DATABASE_UNAVAILABLE', { retryAfterSeconds: 1 });
  }
  const fe = error as Partial<FastifyError>;
  const mapped = fe.code === undefined ? undefined : fastifyCodes[fe.code];
  if (mapped === 'VALIDATION_FAILED') {
    return new AppError(mapped, { details: [{ path: 'body', message: fe.message ?? 'Malformed body.' }] });
  }
  if (mapped !== undefined) return new AppError(mapped);
  // A JSON syntax error raised while parsing the body has status 400 and no code of ours.
  if (fe.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('VALIDATION_FAILED', { details: [{ path: 'body', message: 'Malformed JSON.' }] });
  }
  return undefined;
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  // The app sends its language; a message or detail the `errors` catalogue knows is answered in it.
  const language = requestLanguage(request.headers['accept-language']);
  const local = (text: string) => translateKnown(language, 'errors', text);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: local(error.message),
      ...(error.details === undefined
        ? {}
        : { details: error.details.map((detail) => ({ ...detail, message: local(detail.message) })) }),
      requestId: request.id,
    },
    ...(error.current === undefined ? {} : { current: error.current }),
  };
  if (error.retryAfterSeconds !== undefined)
    void reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(statusFor[error.code]).send(body);
}

/**
 * The 404 of a path with no route, the same body as `sendError` gives NOT_FOUND. It is built without an
 * AppError: capturing an Error's stack was the largest cost of this answer after the socket write,
 * and a scanner can send many.
 */
function sendNoRoute(reply: FastifyReply, request: FastifyRequest): FastifyReply {
  const path = request.url.split('?')[0];
  const body: ErrorBody = {
    error: { code: 'NOT_FOUND', message: `No route ${request.method} ${path}.`, requestId: request.id },
  };
  return reply.status(statusFor.NOT_FOUND).send(body);
}

/** Fastify's routing errors: they happen before routing, so neither hooks nor the error handler run. */
const routingErrors: Record<string, string> = {
  FST_ERR_BAD_URL: 'is not a valid URL: it has a malformed percent-escape',
  FST_ERR_MAX_PARAM_LENGTH: 'is longer than 100 characters',
};

/**
 * Fastify's `frameworkErrors`: a malformed percent-escape in a path parameter, or a parameter over the
 * router's length limit, answers like any bad parameter (400 VALIDATION_FAILED naming `params`) with the
 * request id and the headers every answer carries, instead of Fastify's bare 400 or 414.
 */
export function routingErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void reply.headers(responseHeaders(request.url));
  const reason = routingErrors[error.code];
  if (reason === undefined) {
    request.log.error({ err: error }, 'unhandled routing error');
    const body: ErrorBody = {
      error: {
        code: ErrorCode.INTERNAL,
        message: 'Something went wrong on the server.',
        requestId: request.id,
      },
    };
    void reply.status(500).send(body);
    return;
  }
  void sendError(
    reply,
    request,
    new AppError('VALIDATION_FAILED', { details: [{ path: 'params', message: reason }] }),
  );
}

/** The single error handler: known codes get their status and body; anything else is a 500.
 * With `spaFallback`, a GET for a page outside /api gets the web app's index.html instead of a 404. */
export function installErrorHandler(app: FastifyInstance, spaFallback = false): void {
  app.setErrorHandler((error, request, reply) => {
    const known = toAppError(error);
    if (known?.code === 'DATABASE_UNAVAILABLE') {
      request.log.warn({ dbError: (error as Error).message }, 'database unavailable');
    }
    if (known !== undefined) return sendError(reply, request, known);
    request.log.error({ err: error }, 'unhandled error');
    const body: ErrorBody = {
      error: {
        code: ErrorCode.INTERNAL,
        message: translateKnown(
          requestLanguage(request.headers['accept-language']),
          'errors',
          'Something went wrong on the server.',
        ),
        requestId: request.id,
      },
    };
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && wantsSpaFallback(request.method, request.url, request.headers.accept)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendNoRoute(reply, request);
  });
}
