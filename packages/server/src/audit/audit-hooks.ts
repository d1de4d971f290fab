import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditCommitter } from './audit-committer';
import type { AuditEvent } from './audit-event';

/** 403, and 404: an id of another clinic answers exactly like a missing one, so both are recorded. */
const refusedStatuses = new Set([403, 404]);

/**
 * The audit event of a signed-in request to an API route that was refused: in the system chain (never
 * the caller's clinic chain, and never as a read of a patient), with the method and the route pattern
 * (`GET /api/patients/:id`) and the status; no ids, query or body.
 */
export function refusedEvent(request: FastifyRequest, status: number): AuditEvent | null {
  const route = request.routeOptions.url;
  if (request.ctx === null || route === undefined || !refusedStatuses.has(status)) return null;
  return {
    clinicId: null,
    actorId: request.ctx.userId,
    action: 'refused',
    entityType: 'request',
    entityIds: [`${request.method} ${route}`, String(status)],
    patientId: null,
    requestId: request.id,
    ip: request.ip,
  };
}

/**
 * Before any answer leaves: the request's write audit rows (committed with the write) are chained, and
 * a refused request is recorded. Neither changes the answer: a write whose chaining fails has landed
 * with its audit row, which the committer chains later. Most answers have neither (a read's row is
 * recorded by its service) and pass through without the promise an async hook costs.
 */
export function installAuditHooks(app: FastifyInstance, audit: AuditCommitter): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const refused = refusedEvent(request, reply.statusCode);
    if (refused === null && !audit.hasUnchained(request.id)) {
      done(null, payload);
      return;
    }
    const work = async (): Promise<void> => {
      await audit.settle(request.id);
      if (refused !== null) await audit.record(refused);
    };
    work().then(
      () => done(null, payload),
      (error: unknown) => {
        request.log.error({ err: error }, 'audit rows not chained yet');
        done(null, payload);
      },
    );
  });
}
