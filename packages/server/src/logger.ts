import type { FastifyServerOptions } from 'fastify';
import { loggablePath } from './http/secret-paths';

/**
 * Structured logs (pino). Requests are logged by method, path without its query string, and status;
 * bodies, query strings (which may hold a patient's name) and headers (cookies) are never logged.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
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
