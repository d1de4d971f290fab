import { isGranted, type Timeline, type TimelineEntry } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicRowRepository } from '../db/repositories/clinic-row.repository';
import { visitRepository, type TimelineVisitRow } from '../db/repositories/visit.repository';
import { notFound } from '../errors';
import { auditOf, type ServiceDeps } from './service-deps';

function clinicalOf(visit: TimelineVisitRow): NonNullable<TimelineEntry['clinical']> {
  return { ...visit.summary, treatedCategory: visit.treatedCategory?.category ?? null, pain: visit.pain };
}

export const timelineService = {
  /**
   * A patient's visits, newest first, in two queries whatever the visit count (patient, visits).
   * Roles without clinical access see dates, types and status only.
   */
  async get(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Timeline> {
    // Only the patient's existence in the clinic is needed here, not its record and coverage.
    if (!(await clinicRowRepository.exists(deps.db, 'patient', ctx.clinicId, patientId))) throw notFound();
    const visits = await visitRepository.listTimeline(deps.db, ctx.clinicId, patientId);
    const clinical = isGranted(ctx.role, 'clinicalRead');
    const entries = visits.map((v) => ({
      visitId: v.id,
      visitAt: v.visitAt,
      type: v.type,
      status: v.status,
      ...(clinical ? { clinical: clinicalOf(v) } : {}),
    }));
    await deps.audit.record(auditOf(ctx, 'read', 'timeline', [patientId], patientId));
    return { patientId, entries };
  },
};
