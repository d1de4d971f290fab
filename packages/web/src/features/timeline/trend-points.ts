import type { TimelineEntry } from '@sotchart/contract';
import { formatInstantDate } from '../../ui/date-format';
import { clearedPercent } from './verification-text';

export interface TrendPoint {
  readonly visitId: string;
  readonly label: string;
  /** 1, 2 or 3 for Categories I, II, III; null when the analysis found none. */
  readonly category: number | null;
  /** Share of the positive findings before treatment that cleared, 0–100 (the stored summary). */
  readonly cleared: number | null;
  readonly pain: number | null;
}

const categoryNumber: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3 };

/** The timeline's clinical entries, oldest first, as points for the trend chart. */
export function trendPoints(entries: readonly TimelineEntry[], timeZone: string): TrendPoint[] {
  return entries
    .filter((e) => e.clinical !== undefined)
    .slice()
    .sort((a, b) => a.visitAt.localeCompare(b.visitAt))
    .map((e) => ({
      visitId: e.visitId,
      label: formatInstantDate(e.visitAt, timeZone),
      category: categoryNumber[e.clinical?.category ?? ''] ?? null,
      cleared: e.clinical === undefined ? null : clearedPercent(e.clinical.verification),
      pain: e.clinical?.pain ?? null,
    }));
}
