import { AuditPageSchema, AuditQuerySchema } from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import type { AuthDeps } from '../../auth/auth-deps';
import { contextOf } from '../../auth/request-context';
import { auditLogService } from '../../services/audit-log.service';
import { defineRoute } from '../route';

/** The audit log, for owners and auditors. */
export function auditRoutes(app: FastifyInstance, deps: AuthDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit',
    permission: 'auditRead',
    schema: {
      summary: "Who read or changed what, newest first; `patientId` narrows it to one patient's record",
      query: AuditQuerySchema,
      response: AuditPageSchema,
    },
    handler: (request, _reply, { query }) => auditLogService.list(deps, contextOf(request), query),
  });
}
