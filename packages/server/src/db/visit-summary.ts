import type { TimelineEntry } from '@sotchart/contract';
import type { EngineResult } from '@sotchart/engine';

/**
 * What the timeline shows of a visit's analysis and verification, kept beside them in the visit row:
 * a timeline then reads a few hundred bytes per visit instead of parsing both (several kilobytes).
 * Treated category and pain have columns of their own.
 */
export type VisitSummary = Omit<NonNullable<TimelineEntry['clinical']>, 'treatedCategory' | 'pain'>;

/** The indicators that decided the visit's category, with their pre → post change. */
function keyIndicators(
  visit: Pick<EngineResult, 'analysis' | 'verification'>,
): VisitSummary['keyIndicators'] {
  const counted = new Set(visit.analysis.counted.map((c) => c.indicator));
  return visit.verification.items
    .filter((item) => counted.has(item.indicator))
    .map((item) => ({
      indicator: item.indicator,
      ...(item.site === undefined ? {} : { site: item.site }),
      side: item.side,
      ...(item.pre === undefined ? {} : { pre: item.pre }),
      ...(item.post === undefined ? {} : { post: item.post }),
      change: item.change,
    }));
}

export function visitSummary(visit: Pick<EngineResult, 'analysis' | 'verification'>): VisitSummary {
  return {
    category: visit.analysis.category,
    side: visit.analysis.side,
    level: visit.analysis.level,
    keyIndicators: keyIndicators(visit),
    verification: visit.verification.summary,
    referral: visit.analysis.referral !== null,
  };
}
