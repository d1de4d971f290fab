import type { Finding, FindingSite } from './finding';

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
 * The identity of a finding within one visit: indicator, phase and site (the side is part of the
 * value, not of the key).
 *
 * Source: REFERENCE §2.
 *
 * @example
 * findingKey({ indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true });
 * // 'arm_fossa|pre|fossa=upper'
 */
export function findingKey(finding: Pick<Finding, 'indicator' | 'phase' | 'site'>): string {
  return `${finding.indicator}|${finding.phase}|${siteKey(finding.site)}`;
}
