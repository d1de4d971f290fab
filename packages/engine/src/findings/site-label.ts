import type { FindingSite } from './finding';

/**
 * Where a finding was taken, in words: "upper fossa", "line 2, area 5", "T5", "sphenoid", "T4, A".
 * Empty when it has no site. The documents and the charting screen name sites with it, so a site
 * reads the same everywhere.
 *
 * Source: REFERENCE §2 (sites: fossa, occipital line × area, level, structure, direction).
 *
 * @example
 * siteLabel({ line: 2, area: 5 }); // 'line 2, area 5'
 * siteLabel({ fossa: 'upper' }); // 'upper fossa'
 * siteLabel(undefined); // ''
 */
export function siteLabel(site: FindingSite | undefined): string {
  if (site === undefined) return '';
  return [
    site.fossa === undefined ? null : `${site.fossa} fossa`,
    site.line === undefined ? null : `line ${site.line}`,
    site.area === undefined ? null : `area ${site.area}`,
    site.level ?? null,
    site.structure?.replaceAll('_', ' ') ?? null,
    site.direction ?? null,
  ]
    .filter((s): s is string => s !== null)
    .join(', ');
}
