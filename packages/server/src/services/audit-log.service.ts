import type { AuditEntry, AuditPage, AuditQuery } from '@sotchart/contract';
import type { AuthDeps } from '../auth/auth-deps';
import type { RequestContext } from '../auth/request-context';
import { auditRepository, type StoredAuditEntry } from '../db/repositories/audit.repository';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { userRepository } from '../db/repositories/user.repository';
import { dayStartInZone, nextDate } from './day-start-in-zone';
import { loadPatient } from './patient.service';

/** What the kiosk records about the patient at the tablet; it acts without a user. */
const kioskEntityTypes: ReadonlySet<string> = new Set([
  'kiosk_link',
  'kiosk_submission',
  'questionnaire_response',
]);

/** Who acted: a user; with none, the patient at the kiosk for what the kiosk records; else the system. */
function byOf(entry: StoredAuditEntry): AuditEntry['by'] {
  if (entry.actor !== null) return 'user';
  return kioskEntityTypes.has(entry.entityType) && entry.patientId !== null ? 'kiosk' : 'system';
}

export const auditLogService = {
  /**
   * Who read or changed what in the caller's clinic, newest first: one patient's record when
   * `patientId` is given, which must be a patient of the caller's clinic (any other id is NOT_FOUND,
   * and is never written into the caller's chain); narrowed to one user, one action and clinic dates.
   * Patient names come from this clinic's records only, and go into the answer, never into a log.
   * Reading the log about a patient is itself recorded.
   */
  async list(deps: AuthDeps, ctx: RequestContext, query: AuditQuery): Promise<AuditPage> {
    if (query.patientId !== undefined) await loadPatient(deps.db, ctx, query.patientId);
    const clinic = await clinicRepository.findById(deps.db, ctx.clinicId);
    const timeZone = clinic?.timeZone ?? 'UTC';
    const items = await auditRepository.listForClinic(deps.db, ctx.clinicId, {
      ...(query.patientId === undefined ? {} : { patientId: query.patientId }),
      ...(query.actorId === undefined ? {} : { actorId: query.actorId }),
      ...(query.action === undefined ? {} : { action: query.action }),
      ...(query.from === undefined ? {} : { atFrom: dayStartInZone(query.from, timeZone) }),
      ...(query.to === undefined ? {} : { atBefore: dayStartInZone(nextDate(query.to), timeZone) }),
      ...(query.cursor === undefined ? {} : { beforeSeq: Number(query.cursor) }),
      limit: query.limit + 1,
    });
    const page = items.slice(0, query.limit);
    const last = page.at(-1);
    const users = await userRepository.listByClinic(deps.db, ctx.clinicId);
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
      items: page.map((entry) => ({ ...entry, by: byOf(entry) })),
      nextCursor: items.length > query.limit && last !== undefined ? String(last.seq) : null,
      users: users.map((u) => ({ id: u.id, displayName: u.displayName })),
    };
  },
};
