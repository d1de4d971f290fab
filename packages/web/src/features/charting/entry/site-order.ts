import { segments, type Finding } from '@sotchart/engine';

// Examination order, not alphabetical: the upper fossa (ASIS) is tested before the lower (pubis).
const fossaOrder = { upper: 0, lower: 1 } as const;
const sideOrder: Readonly<Record<string, number>> = { L: 0, R: 1 };
const segmentOrder = new Map<string, number>(segments.map((s, i) => [s, i]));

const rank = (value: number | undefined): number => value ?? -1;

/**
 * Orders one indicator's findings by site as they are examined: upper fossa before lower, grid
 * cells by line then area, levels head to tail, structures by name, then left before right.
 */
export function compareSites(a: Finding, b: Finding): number {
  const x = a.site;
  const y = b.site;
  return (
    rank(x?.fossa === undefined ? undefined : fossaOrder[x.fossa]) -
      rank(y?.fossa === undefined ? undefined : fossaOrder[y.fossa]) ||
    rank(x?.line) - rank(y?.line) ||
    rank(x?.area) - rank(y?.area) ||
    rank(x?.level === undefined ? undefined : segmentOrder.get(x.level)) -
      rank(y?.level === undefined ? undefined : segmentOrder.get(y.level)) ||
    (x?.structure ?? '').localeCompare(y?.structure ?? '') ||
    rank(a.side === undefined ? undefined : sideOrder[a.side]) -
      rank(b.side === undefined ? undefined : sideOrder[b.side])
  );
}
