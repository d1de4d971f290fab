import type { Finding } from '../findings/finding';
import { siteKey } from '../findings/site-key';
import type { PackIndex } from '../protocol/pack-index';

/**
 * The pre-check findings the pack knows, in a canonical order (pack order, then site, then side), so
 * every result built from them is independent of the order the findings arrived in.
 *
 * Source: REFERENCE §2 (`analyze` reads `pre` findings); issue 4 item 3 (order independence).
 *
 * @example
 * preFindings(findings, indexPack(defaultPack)).every((f) => f.phase === 'pre'); // true
 */
export function preFindings(findings: readonly Finding[], index: PackIndex): Finding[] {
  return findings
    .filter((f) => f.phase === 'pre' && index.entries.has(f.indicator))
    .map((f) => ({ f, order: index.entries.get(f.indicator)?.order ?? 0, site: siteKey(f.site) }))
    .sort((a, b) => a.order - b.order || compare(a.site, b.site) || compare(a.f.side ?? '', b.f.side ?? ''))
    .map((x) => x.f);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
