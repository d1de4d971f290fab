import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { AppError } from '../errors';

/**
 * JSON bodies are decoded as strict UTF-8: a byte sequence that is not UTF-8 (a stray Latin-1 byte, an
 * encoded surrogate) is refused with 400 VALIDATION_FAILED on `body`, where Fastify's own parser would
 * quietly turn it into U+FFFD and store that. The decoded text then goes through Fastify's JSON parser,
 * which keeps its empty-body and prototype-poisoning checks.
 */
export function strictJsonParser(app: FastifyInstance): FastifyBodyParser<Buffer> {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (request, body, done) => {
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      done(
        new AppError('VALIDATION_FAILED', { details: [{ path: 'body', message: 'is not valid UTF-8' }] }),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  };
}

/** Replaces Fastify's `application/json` parser with {@link strictJsonParser}. */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, strictJsonParser(app));
}
