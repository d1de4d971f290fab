import type { Kysely } from 'kysely';
import type { AuditEvent, AuditSink } from '../audit/audit-event';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';

/** What every service needs: the database, the audit log, a clock and an id source. */
export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly audit: AuditSink;
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** The audit event of one request by `ctx` touching a patient's record. */
export function auditOf(
  ctx: RequestContext,
  action: AuditEvent['action'],
  entityType: string,
  entityIds: readonly string[],
  patientId: string | null,
): AuditEvent {
  return {
    clinicId: ctx.clinicId,
    actorId: ctx.userId,
    action,
    entityType,
    entityIds,
    patientId,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}
