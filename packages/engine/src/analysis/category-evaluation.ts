import type { Finding } from '../findings/finding';
import { isPositive } from '../findings/is-positive';
import type { CategoryId } from '../protocol/category-id';
import type { IndicatorSpec } from '../protocol/indicator-spec';
import type { PackIndex } from '../protocol/pack-index';
import type { Level } from './analysis';

/**
 * One category read from the pre-check: its level (null when absent), the positive primary and
 * supporting findings that counted, and the primary indicators not examined.
 *
 * Source: REFERENCE §3.
 *
 * @example
 * evaluateCategories(pre, index).get('II')?.level; // 'supported'
 */
export interface CategoryEvaluation {
  readonly category: CategoryId;
  readonly level: Level | null;
  readonly primary: readonly Finding[];
  readonly supporting: readonly Finding[];
  readonly unexaminedPrimaries: readonly string[];
}

/**
 * Whether a finding counts for an indicator's role: the same indicator, and the role's site
 * condition if it has one (only line-1 occipital fibres support Category I).
 *
 * Source: REFERENCE §2 (occipital_fibers: line 1 → I S).
 *
 * @example
 * countsFor(spec, { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 1 }, grade: 2 }); // false
 */
export function countsFor(spec: IndicatorSpec, finding: Finding): boolean {
  if (finding.indicator !== spec.id) return false;
  return spec.roleWhen === undefined || finding.site?.line === spec.roleWhen.line;
}

/**
 * Reads every category from the canonical pre-check findings in one pass: indicated when a primary
 * indicator is positive, supported when a supporting one is too, suggested when no primary is
 * positive but two or more distinct supporting indicators are. Keyed in priority order.
 *
 * Source: REFERENCE §3.
 *
 * @example
 * evaluateCategories(preFindings(findings, index), index).get('I')?.level; // 'indicated'
 */
export function evaluateCategories(
  pre: readonly Finding[],
  index: PackIndex,
): Map<CategoryId, CategoryEvaluation> {
  const primary = new Map<CategoryId, Finding[]>();
  const supporting = new Map<CategoryId, Finding[]>();
  const examined = new Set<string>();
  for (const finding of pre) {
    const entry = index.entries.get(finding.indicator);
    if (entry?.kind !== 'indicator') continue;
    const spec = entry.spec;
    if (spec.category === null || spec.role === null || !countsFor(spec, finding)) continue;
    examined.add(spec.id);
    if (!isPositive(finding)) continue;
    const bucket = spec.role === 'P' ? primary : supporting;
    const list = bucket.get(spec.category);
    if (list === undefined) bucket.set(spec.category, [finding]);
    else list.push(finding);
  }
  const evaluations = new Map<CategoryId, CategoryEvaluation>();
  for (const category of index.priority) {
    const p = primary.get(category) ?? [];
    const s = supporting.get(category) ?? [];
    const level: Level | null =
      p.length > 0
        ? s.length > 0
          ? 'supported'
          : 'indicated'
        : distinctIndicators(s) >= 2
          ? 'suggested'
          : null;
    const unexaminedPrimaries: string[] = [];
    for (const spec of index.primaries.get(category) ?? [])
      if (!examined.has(spec.id)) unexaminedPrimaries.push(spec.id);
    evaluations.set(category, { category, level, primary: p, supporting: s, unexaminedPrimaries });
  }
  return evaluations;
}

function distinctIndicators(findings: readonly Finding[]): number {
  if (findings.length < 2) return findings.length;
  return new Set(findings.map((f) => f.indicator)).size;
}
