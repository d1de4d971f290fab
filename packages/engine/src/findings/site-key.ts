import type { Finding, FindingSite } from './finding';
import { keyedBySide } from './keyed-by-side';

/**
 * A stable text key for a finding's site: fossa, line, area, level and structure, in that order.
 * `direction` is left out because it is a result (which way the sacral base or the antalgic lean
 * goes), so a pre and a post finding with different directions are still the same site. On the
 * occipital grid (a site with a `line`) the cell is line × area and `level` is only the vertebra the
 * practitioner noted there, so it is left out too.
 *
 * Source: REFERENCE §2 ("one finding per indicator, phase and site").
 *
 * @example
 * siteKey({ line: 2, area: 5 }); // 'line=2;area=5'
 * siteKey({ line: 2, area: 5, level: 'T5' }); // 'line=2;area=5'
 * siteKey(undefined); // ''
 */
export function siteKey(site: FindingSite | undefined): string {
  if (site === undefined) return '';
  const parts: string[] = [];
  if (site.fossa !== undefined) parts.push(`fossa=${site.fossa}`);
  if (site.line !== undefined) parts.push(`line=${site.line}`);
  if (site.area !== undefined) parts.push(`area=${site.area}`);
  if (site.level !== undefined && site.line === undefined) parts.push(`level=${site.level}`);
  if (site.structure !== undefined) parts.push(`structure=${site.structure}`);
  return parts.join(';');
}

/**
 * The fields of a finding its key is read from.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const keyed: KeyedFinding = { indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true };
 */
export type KeyedFinding = Pick<
  Finding,
  'indicator' | 'phase' | 'site' | 'side' | 'positive' | 'grade' | 'degrees' | 'symptomReproduced'
>;

/**
 * The site-and-side part of a finding's key: its {@link siteKey}, followed by `side=…` for a
 * per-side finding (see {@link keyedBySide}). A sided pos/neg finding's side is its value, so it is
 * left out. The server stores this as the finding's `site_key`, so its unique index enforces the same
 * rule as validation.
 *
 * Source: REFERENCE §2 ("Which findings may coexist (the key)"); issue 18.
 *
 * @example
 * siteSideKey({ indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 1 });
 * // 'line=2;area=5;side=L'
 * siteSideKey({ indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true });
 * // 'fossa=upper'
 */
export function siteSideKey(finding: KeyedFinding): string {
  const site = siteKey(finding.site);
  if (finding.side === undefined || !keyedBySide(finding)) return site;
  return site === '' ? `side=${finding.side}` : `${site};side=${finding.side}`;
}

/**
 * The identity of a finding within one visit: indicator, phase and site, and the side for a per-side
 * indicator (for a sided pos/neg indicator the side is part of the value, not of the key).
 *
 * Source: REFERENCE §2 ("Which findings may coexist (the key)").
 *
 * @example
 * findingKey({ indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true });
 * // 'arm_fossa|pre|fossa=upper'
 * findingKey({ indicator: 'slr', phase: 'pre', side: 'R', degrees: 40, symptomReproduced: true });
 * // 'slr|pre|side=R'
 */
export function findingKey(finding: KeyedFinding): string {
  return `${finding.indicator}|${finding.phase}|${siteSideKey(finding)}`;
}
