import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/connect';
import { healthService } from '../../services/health.service';
import { version } from '../../version';

/**
 * `GET /api/health`: whether the server and its database answer. Anyone (a load balancer, a monitor)
 * learns only `ok` or `degraded`; the version and the database dialect, which help an attacker pick an
 * exploit, go to a signed-in owner only.
 */
export function healthRoutes(app: FastifyInstance, handle: DatabaseHandle): void {
  app.get('/api/health', async (request, reply) => {
    const ok = await healthService.databaseAnswers(handle.db);
    const status = ok ? 'ok' : 'degraded';
    return reply
      .status(ok ? 200 : 503)
      .send(
        request.ctx?.role === 'owner'
          ? { status, version, database: { dialect: handle.dialect, ok } }
          : { status },
      );
  });
}
