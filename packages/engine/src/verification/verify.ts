import type { Finding } from '../findings/finding';
import { siteKey } from '../findings/site-key';
import { changeBetween, changes, type Change } from './change';

/**
 * The comparison of two sets of findings: one item per indicator and site found in either, and a
 * count per change.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const v: Verification = verify(pre, post);
 * v.summary.cleared; // 2
 */
export interface Verification {
  readonly items: readonly {
    readonly indicator: string;
    readonly site?: Finding['site'];
    readonly pre?: Finding;
    readonly post?: Finding;
    readonly change: Change;
  }[];
  readonly summary: Record<Change, number>;
}

/**
 * Compares `pre` with `post`, matching findings on indicator and site (not phase, so the same
 * function compares one visit's findings with the next visit's). A pre finding with no post is
 * `not_rechecked`, a post with no pre is `new`. Items are ordered by indicator, then site.
 *
 * Source: REFERENCE §1 step 5, §9.
 *
 * @example
 * verify(
 *   [{ indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true }],
 *   [{ indicator: 'heel_tension', phase: 'post', side: 'none', positive: false }],
 * ).items[0]?.change; // 'cleared'
 */
export function verify(pre: readonly Finding[], post: readonly Finding[]): Verification {
  const keyOf = (f: Finding): string => `${f.indicator}|${siteKey(f.site)}`;
  const before = firstByKey(pre, keyOf);
  const after = firstByKey(post, keyOf);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const summary = Object.fromEntries(changes.map((c) => [c, 0])) as Record<Change, number>;
  const items = keys.map((key) => {
    const p = before.get(key);
    const q = after.get(key);
    const any = p ?? q;
    if (any === undefined) throw new Error(`no finding for key ${key}`);
    const change: Change = p === undefined ? 'new' : q === undefined ? 'not_rechecked' : changeBetween(p, q);
    summary[change] += 1;
    return {
      indicator: any.indicator,
      ...(any.site === undefined ? {} : { site: any.site }),
      ...(p === undefined ? {} : { pre: p }),
      ...(q === undefined ? {} : { post: q }),
      change,
    };
  });
  return { items, summary };
}

// With valid input each key appears once per set; for invalid input (duplicates) the first in a
// canonical order wins, so the result still does not depend on the order of the input.
function firstByKey(findings: readonly Finding[], keyOf: (f: Finding) => string): Map<string, Finding> {
  const map = new Map<string, Finding>();
  for (const f of findings) {
    const key = keyOf(f);
    const held = map.get(key);
    if (held === undefined || JSON.stringify(f) < JSON.stringify(held)) map.set(key, f);
  }
  return map;
}
