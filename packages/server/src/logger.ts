import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { loggablePath } from './http/secret-paths';

/**
 * Structured logs (pino). Requests are logged by method, path without its query string, and status;
 * bodies, query strings (which may hold a patient's name) and headers (cookies) are never logged.
 * Without a stream of the caller's, lines go to stdout through pino's asynchronous destination: it
 * buffers them and writes in the background (flushed on exit), so a request never waits for a write.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    stream: stream ?? pino.destination({ dest: 1, sync: false }),
    redact: { paths: ['req.headers', 'password', '*.password', 'token', '*.token'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: loggablePath(req.url.split('?')[0] ?? ''),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * One line per answered request, with the request, its status and its time in ms. Fastify's own
 * controller writes two (one as the request arrives, one as it is answered); at a level above `info`
 * this writes none and builds nothing.
 */
export class RequestLog extends LogController {
  private readonly enabled: boolean;

  constructor(level: string) {
    super();
    const value = pino.levels.values[level];
    this.enabled = value !== undefined && value <= (pino.levels.values.info ?? 30);
  }

  override incomingRequest(): void {
    // Logged with its answer, in requestCompleted.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error !== null && error !== undefined) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else if (this.enabled) {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}
