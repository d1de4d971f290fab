import type { IndicatorSpec, ProtocolPack } from '@sotchart/engine';

/**
 * The pre-check's rows in the order they are filled at the table: first what decides a category and
 * its side (the primaries, and the leg check the categories take their side from), then the
 * supporting indicators, then the occipital grid (42 cells: placed after the one-row indicators so it
 * never pushes them below the fold), then the records that decide no category (anatomical leg
 * difference, head tilt, cranial, TS points). Within a group the pack's order stands.
 */
export function panelOrder(pack: ProtocolPack): IndicatorSpec[] {
  const decidesSide = new Set(pack.categories.flatMap((c) => c.sideFrom.flat()));
  const group = (spec: IndicatorSpec): number => {
    if (spec.role === 'P' || decidesSide.has(spec.id)) return 0;
    if (spec.result === 'line_area_side_grade') return 2;
    return spec.role === 'S' ? 1 : 3;
  };
  return pack.indicators
    .map((spec, index) => ({ spec, index }))
    .sort((a, b) => group(a.spec) - group(b.spec) || a.index - b.index)
    .map(({ spec }) => spec);
}
