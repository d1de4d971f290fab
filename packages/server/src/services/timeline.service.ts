import type { Timeline, TimelineEntry } from '@sotchart/contract';
import { isGranted } from '../auth/permissions';
import type { RequestContext } from '../auth/request-context';
import { visitRepository, type TimelineVisitRow } from '../db/repositories/visit.repository';
import { loadPatient } from './patient.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** The indicators that decided the visit's category, with their pre → post change. */
function keyIndicators(visit: TimelineVisitRow): NonNullable<TimelineEntry['clinical']>['keyIndicators'] {
  const counted = new Set(visit.analysis.counted.map((c) => c.indicator));
  return visit.verification.items
    .filter((item) => counted.has(item.indicator))
    .map((item) => ({
      indicator: item.indicator,
      ...(item.site === undefined ? {} : { site: item.site }),
      ...(item.pre === undefined ? {} : { pre: item.pre }),
      ...(item.post === undefined ? {} : { post: item.post }),
      change: item.change,
    }));
}

function clinicalOf(visit: TimelineVisitRow): NonNullable<TimelineEntry['clinical']> {
  return {
    category: visit.analysis.category,
    side: visit.analysis.side,
    level: visit.analysis.level,
    treatedCategory: visit.treatedCategory?.category ?? null,
    pain: visit.pain,
    keyIndicators: keyIndicators(visit),
    verification: visit.verification.summary,
    referral: visit.analysis.referral !== null,
  };
}

export const timelineService = {
  /**
   * A patient's visits, newest first, in two queries whatever the visit count (patient, visits).
   * Roles without clinical access see dates, types and status only.
   */
  async get(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Timeline> {
    await loadPatient(deps.db, ctx, patientId);
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
