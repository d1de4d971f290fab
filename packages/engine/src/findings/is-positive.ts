import type { Finding } from './finding';

/**
 * Whether a finding is positive. For a valid finding the fields present say which rule applies, so
 * no pack is needed: `symptomReproduced` (SLR) decides when present, else `positive`, else
 * `grade ≥ 1` (sciatic pain points, occipital fibres); a leg check is never positive.
 *
 * Source: REFERENCE §2 ("Positive means").
 *
 * @example
 * isPositive({ indicator: 'slr', phase: 'pre', side: 'L', degrees: 35, symptomReproduced: true }); // true
 * isPositive({ indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 1, area: 2 }, grade: 0 }); // false
 */
export function isPositive(finding: Finding): boolean {
  if (finding.symptomReproduced !== undefined) return finding.symptomReproduced;
  if (finding.positive !== undefined) return finding.positive;
  if (finding.grade !== undefined) return finding.grade >= 1;
  return false;
}
