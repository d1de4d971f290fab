import { siteKey, type Finding, type FindingSite, type Phase } from '@sotchart/engine';
import { spliceFindings } from '../draft/visit-draft';
import { valueOf, type EntryValue } from './entry-value';

/**
 * One row of an indicator charted at several sites (cranial structures, TS points): today's value
 * there and the last visit's (either may be missing: a site just added has neither yet).
 */
export interface SiteListRow {
  readonly key: string;
  readonly site: FindingSite;
  readonly today: EntryValue | undefined;
  readonly last: EntryValue | undefined;
}

/**
 * The rows for one indicator's sites: the last visit's sites first (so they can be re-examined in the
 * order they were), then today's other sites as charted, then the sites just added and not yet
 * charted. Each site is one row, keyed by its {@link siteKey}.
 */
export function siteListRows(
  today: readonly Finding[],
  previous: readonly Finding[],
  added: readonly FindingSite[],
): SiteListRow[] {
  const rows = new Map<string, SiteListRow>();
  const place = (site: FindingSite | undefined): SiteListRow | undefined => {
    if (site === undefined) return undefined;
    const key = siteKey(site);
    const row = rows.get(key) ?? { key, site, today: undefined, last: undefined };
    rows.set(key, row);
    return row;
  };
  for (const f of previous) {
    const row = place(f.site);
    if (row !== undefined) rows.set(row.key, { ...row, last: valueOf(f) });
  }
  for (const f of today) {
    const row = place(f.site);
    if (row !== undefined) rows.set(row.key, { ...row, today: valueOf(f) });
  }
  for (const site of added) place(site);
  return [...rows.values()];
}

/** Sets (or clears, with null) the finding at one site, keeping its place among the findings. */
export function editAtSite(
  findings: readonly Finding[],
  indicator: string,
  phase: Phase,
  site: FindingSite,
  next: EntryValue | null,
): Finding[] {
  const key = siteKey(site);
  const here = (f: Finding) => f.indicator === indicator && f.phase === phase && siteKey(f.site) === key;
  if (next === null) return spliceFindings(findings, here, []);
  const { site: _site, ...value } = next;
  return spliceFindings(findings, here, [{ ...value, indicator, phase, site }]);
}
