// Frozen for migration 0033: the timeline summary exactly as 0033 first wrote it, over the stored
// analysis and verification of that time (shapes written out here, not imported from the app).

interface StoredItem {
  indicator: string;
  site?: unknown;
  pre?: unknown;
  post?: unknown;
  change: string;
}

/** The analysis and verification columns as 0033 read them. */
export interface Stored0033 {
  analysis: {
    category: string;
    side: string | null;
    level: string | null;
    counted: { indicator: string }[];
    referral: unknown;
  };
  verification: { items: StoredItem[]; summary: Record<string, number> };
}

/** The summary column's value: category, side, level, the counted indicators' changes, the counts. */
export function visitSummary0033(visit: Stored0033): unknown {
  const counted = new Set(visit.analysis.counted.map((c) => c.indicator));
  return {
    category: visit.analysis.category,
    side: visit.analysis.side,
    level: visit.analysis.level,
    keyIndicators: visit.verification.items
      .filter((item) => counted.has(item.indicator))
      .map((item) => ({
        indicator: item.indicator,
        ...(item.site === undefined ? {} : { site: item.site }),
        ...(item.pre === undefined ? {} : { pre: item.pre }),
        ...(item.post === undefined ? {} : { post: item.post }),
        change: item.change,
      })),
    verification: visit.verification.summary,
    referral: visit.analysis.referral !== null,
  };
}
