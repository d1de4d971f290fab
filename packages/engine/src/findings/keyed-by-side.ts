import type { Finding } from './finding';

/**
 * Whether a finding belongs to a per-side indicator (graded or measured on each side: occipital
 * fibres, sciatic pain points, zygomatic ROM, SLR), whose side is part of its key. Read from the
 * finding alone, because the server keys stored findings without a protocol pack: a valid finding of
 * a per-side shape carries `grade`, `degrees` or `symptomReproduced` and never `positive`, and no
 * other shape has that combination (heel tension's optional grade always comes with `positive`). A
 * test checks this against every shape's `perSide`.
 *
 * Source: REFERENCE §2 ("Which findings may coexist (the key)").
 *
 * @example
 * keyedBySide({ indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true }); // true
 * keyedBySide({ indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true, grade: 2 }); // false
 */
export function keyedBySide(
  finding: Pick<Finding, 'positive' | 'grade' | 'degrees' | 'symptomReproduced'>,
): boolean {
  if (finding.positive !== undefined) return false;
  return (
    finding.grade !== undefined || finding.degrees !== undefined || finding.symptomReproduced !== undefined
  );
}
