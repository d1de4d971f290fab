import type { ErrorDetail } from '../errors';
import type { PackIndex } from '../protocol/pack-index';
import type { Finding } from './finding';
import { keyedBySide } from './keyed-by-side';
import { findingKey, type KeyedFinding } from './site-key';

/**
 * A finding to check against the others of its visit, with its index in the input. Fields that
 * failed the structural check are absent; `siteChecked` is false when the site itself failed, so
 * neither rule below reads it.
 */
export interface CoexistenceCandidate {
  readonly index: number;
  readonly finding: Partial<Finding>;
  readonly siteChecked: boolean;
}

/**
 * The findings of one visit that cannot stand beside each other: two with the same key (indicator,
 * phase, site, and the side for a per-side indicator, where a legacy `bilateral` or `none` stands for
 * both sides), and an arm–fossa finding with no fossa beside one with a fossa of the same indicator
 * and phase (chart both fossae or neither). Each problem is reported at the later or the fossa-less
 * finding's path.
 *
 * Source: REFERENCE §2 ("Which findings may coexist (the key)", "Invalid").
 *
 * @example
 * coexistenceDetails([
 *   { index: 0, finding: { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true }, siteChecked: true },
 *   { index: 1, finding: { indicator: 'slr', phase: 'pre', side: 'L', degrees: 50, symptomReproduced: true }, siteChecked: true },
 * ], indexPack(defaultPack));
 * // [{ path: '1.side', message: 'same indicator, phase, site and side as finding 0: one finding per indicator, phase, site and side' }]
 */
export function coexistenceDetails(
  candidates: readonly CoexistenceCandidate[],
  index: PackIndex,
): ErrorDetail[] {
  return [...duplicateDetails(candidates), ...fossaDetails(candidates, index)];
}

function duplicateDetails(candidates: readonly CoexistenceCandidate[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const firstIndexOf = new Map<string, number>();
  for (const { index, finding, siteChecked } of candidates) {
    const { indicator, phase } = finding;
    if (indicator === undefined || phase === undefined || !siteChecked) continue;
    const keyed: KeyedFinding = { ...finding, indicator, phase };
    const perSide = keyedBySide(keyed) && finding.side !== undefined;
    let first: number | undefined;
    for (const key of keysOf(keyed, perSide)) {
      first ??= firstIndexOf.get(key);
      if (!firstIndexOf.has(key)) firstIndexOf.set(key, index);
    }
    if (first === undefined) continue;
    details.push(
      perSide
        ? {
            path: `${index}.side`,
            message: `same indicator, phase, site and side as finding ${first}: one finding per indicator, phase, site and side`,
          }
        : {
            path: `${index}.${finding.site === undefined ? 'indicator' : 'site'}`,
            message: `same indicator, phase and site as finding ${first}: one finding per indicator, phase and site`,
          },
    );
  }
  return details;
}

// A per-side finding charted `bilateral` or `none` (allowed until the stored data is backfilled,
// issue 18) speaks for both sides, so it takes both sides' keys and clashes with an L or R finding.
function keysOf(finding: KeyedFinding, perSide: boolean): string[] {
  if (!perSide || finding.side === 'L' || finding.side === 'R') return [findingKey(finding)];
  return [findingKey({ ...finding, side: 'L' }), findingKey({ ...finding, side: 'R' })];
}

function fossaDetails(candidates: readonly CoexistenceCandidate[], index: PackIndex): ErrorDetail[] {
  const withFossa = new Map<string, number>();
  const withoutFossa: { group: string; index: number }[] = [];
  for (const c of candidates) {
    const { indicator, phase } = c.finding;
    if (indicator === undefined || phase === undefined || !c.siteChecked) continue;
    const shape = index.entries.get(indicator)?.shape;
    if (shape === undefined || !shape.siteOptional.includes('fossa')) continue;
    const group = `${indicator}|${phase}`;
    if (c.finding.site?.fossa === undefined) withoutFossa.push({ group, index: c.index });
    else if (!withFossa.has(group)) withFossa.set(group, c.index);
  }
  return withoutFossa.flatMap(({ group, index: i }) => {
    const other = withFossa.get(group);
    return other === undefined
      ? []
      : [
          {
            path: `${i}.site`,
            message: `no fossa beside finding ${other}, which has one: chart both fossae or neither`,
          },
        ];
  });
}
