import { siteKey, siteLabel, type Finding } from '@sotchart/engine';

/** One pre-check item of a visit that was positive, and whether it cleared at the post-check. */
export interface ClearingItem {
  readonly indicator: string;
  readonly site?: Finding['site'];
  readonly side: 'L' | 'R' | null;
  readonly cleared: boolean;
}

/** One line of the progress report's indicator clearing: one indicator at one site on one side. */
export interface ClearingRow {
  /** E.g. "Occipital fibres, line 2, area 5, left". */
  readonly label: string;
  readonly positive: number;
  readonly cleared: number;
  /** The visit date of the last positive pre-check. */
  readonly last: string;
}

/** The words of a side, e.g. `{ L: 'left', R: 'right' }`, in the report's language. */
export type SideWords = Readonly<Record<'L' | 'R', string>>;

const englishSides: SideWords = { L: 'left', R: 'right' };

/**
 * The period's positive pre-check items counted per indicator, site and side, as the verification
 * pairs them within a visit (REFERENCE §2 "the key", §9): an upper-fossa finding never clears a
 * lower-fossa one, and the left of an occipital cell is counted apart from its right.
 */
export function clearingRows(
  visits: readonly { readonly visitAt: string; readonly indicators: readonly ClearingItem[] }[],
  indicatorName: (id: string) => string,
  sideWords: SideWords = englishSides,
  siteName: (site: Finding['site']) => string = siteLabel,
): ClearingRow[] {
  const rows = new Map<string, { label: string; positive: number; cleared: number; last: string }>();
  for (const v of visits)
    for (const i of v.indicators) {
      const key = `${i.indicator}|${siteKey(i.site)}|${i.side ?? ''}`;
      const label = [indicatorName(i.indicator), siteName(i.site), i.side === null ? '' : sideWords[i.side]]
        .filter((part) => part !== '')
        .join(', ');
      const row = rows.get(key) ?? { label, positive: 0, cleared: 0, last: v.visitAt };
      rows.set(key, {
        label,
        positive: row.positive + 1,
        cleared: row.cleared + (i.cleared ? 1 : 0),
        last: v.visitAt,
      });
    }
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
}
