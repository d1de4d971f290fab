import type { AuditEntry, AuditQuery } from '@sotchart/contract';
import type { AuthDeps } from '../auth/auth-deps';
import type { RequestContext } from '../auth/request-context';
import { auditRepository } from '../db/repositories/audit.repository';
import { loadPatient } from './patient.service';

export const auditLogService = {
  /**
   * Who read or changed what in the caller's clinic, newest first: one patient's record when
   * `patientId` is given, which must be a patient of the caller's clinic (any other id is NOT_FOUND,
   * and is never written into the caller's chain). Reading the log about a patient is itself recorded.
   */
  async list(
    deps: AuthDeps,
    ctx: RequestContext,
    query: AuditQuery,
  ): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
    if (query.patientId !== undefined) await loadPatient(deps.db, ctx, query.patientId);
    const items = await auditRepository.listForClinic(deps.db, ctx.clinicId, {
      ...(query.patientId === undefined ? {} : { patientId: query.patientId }),
      ...(query.cursor === undefined ? {} : { beforeSeq: Number(query.cursor) }),
      limit: query.limit + 1,
    });
    const page = items.slice(0, query.limit);
    const last = page.at(-1);
    await deps.audit.record({
      clinicId: ctx.clinicId,
      actorId: ctx.userId,
      action: 'read',
      entityType: 'audit_log',
      entityIds: [],
      patientId: query.patientId ?? null,
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return {
      items: page,
      nextCursor: items.length > query.limit && last !== undefined ? String(last.seq) : null,
    };
  },
};
