import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connect';
import { version } from '../../version';

/** `GET /api/health`: the server's version and whether its database answers. */
export function healthRoutes(app: FastifyInstance, handle: DatabaseHandle): void {
  app.get('/api/health', async (_request, reply) => {
    const ok = await sql`select 1`
      .execute(handle.db)
      .then(() => true)
      .catch(() => false);
    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'degraded', version, database: { dialect: handle.dialect, ok } });
  });
}
