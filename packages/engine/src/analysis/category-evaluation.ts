import type { Finding } from '../findings/finding';
import { isPositive } from '../findings/is-positive';
import type { CategoryId } from '../protocol/category-id';
import type { IndicatorSpec } from '../protocol/indicator-spec';
import type { PackIndex } from '../protocol/pack-index';
import type { Level } from './analysis';

/**
 * One category read from the pre-check: its level (null when absent), the positive primary and
 * supporting findings that counted, and whether every primary indicator was examined.
 *
 * Source: REFERENCE §3.
 *
 * @example
 * evaluateCategory('II', pre, index).level; // 'supported'
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
 * Reads one category from the canonical pre-check findings: indicated when a primary indicator is
 * positive, supported when a supporting one is too, suggested when no primary is positive but two or
 * more distinct supporting indicators are.
 *
 * Source: REFERENCE §3.
 *
 * @example
 * evaluateCategory('I', preFindings(findings, index), index).level; // 'indicated'
 */
export function evaluateCategory(
  category: CategoryId,
  pre: readonly Finding[],
  index: PackIndex,
): CategoryEvaluation {
  const primarySpecs = index.primaries.get(category) ?? [];
  const supportingSpecs = index.supporting.get(category) ?? [];
  const positiveFor = (specs: readonly IndicatorSpec[]): Finding[] =>
    pre.filter((f) => isPositive(f) && specs.some((s) => countsFor(s, f)));
  const primary = positiveFor(primarySpecs);
  const supporting = positiveFor(supportingSpecs);
  const supportingIndicators = new Set(supporting.map((f) => f.indicator)).size;
  const level: Level | null =
    primary.length > 0
      ? supporting.length > 0
        ? 'supported'
        : 'indicated'
      : supportingIndicators >= 2
        ? 'suggested'
        : null;
  const unexaminedPrimaries = primarySpecs
    .filter((spec) => !pre.some((f) => countsFor(spec, f)))
    .map((spec) => spec.id);
  return { category, level, primary, supporting, unexaminedPrimaries };
}
