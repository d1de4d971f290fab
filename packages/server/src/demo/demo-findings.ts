import type { Finding } from '@sotchart/engine';
import { contraindicationIds, redFlagIds } from '@sotchart/engine';

type Sided = 'L' | 'R';
export type DemoCategory = 'I' | 'II' | 'III';

const other = (side: Sided): Sided => (side === 'L' ? 'R' : 'L');
const pos = (indicator: string, phase: Finding['phase'], side: Sided): Finding => ({
  indicator,
  phase,
  side,
  positive: true,
});
const neg = (indicator: string, phase: Finding['phase']): Finding => ({
  indicator,
  phase,
  side: 'none',
  positive: false,
});

/** A straight-leg raise that reproduces nothing, charted per leg (each side is its own SLR finding). */
const clearSlr = (degrees: number): Finding[] =>
  (['L', 'R'] as const).map((side) => ({
    indicator: 'slr',
    phase: 'pre',
    side,
    degrees,
    symptomReproduced: false,
  }));

/** The red-flag and contraindication screen, every question answered "no" except those listed. */
export function screenFindings(positive: readonly string[] = []): Finding[] {
  return [...redFlagIds, ...contraindicationIds].map((indicator) => ({
    indicator,
    phase: 'pre' as const,
    positive: positive.includes(indicator),
  }));
}

/**
 * A realistic SOT pre- and post-check for one visit of a course of care: `stage` counts the visits
 * already given for this category (0 = first), so indicators ease and then clear as care goes on.
 */
export function categoryFindings(category: DemoCategory, side: Sided, stage: number): Finding[] {
  const clears = stage >= 1;
  switch (category) {
    case 'I':
      return [
        { indicator: 'leg_check', phase: 'pre', side, mm: Math.max(2, 8 - 2 * stage) },
        pos('heel_tension', 'pre', side),
        pos('dollar_sign', 'pre', other(side)),
        stage < 2 ? pos('crest_sign', 'pre', side) : neg('crest_sign', 'pre'),
        neg('arm_fossa', 'pre'),
        ...clearSlr(80),
        clears ? neg('heel_tension', 'post') : pos('heel_tension', 'post', side),
        neg('dollar_sign', 'post'),
        { indicator: 'leg_check', phase: 'post', side: clears ? 'none' : side, mm: clears ? 0 : 3 },
      ];
    case 'II':
      return [
        { indicator: 'arm_fossa', phase: 'pre', side, site: { fossa: 'upper' }, positive: true },
        pos('inguinal_tenderness', 'pre', side),
        stage < 2 ? pos('scalene_sensitivity', 'pre', side) : neg('scalene_sensitivity', 'pre'),
        { indicator: 'leg_check', phase: 'pre', side: other(side), mm: 5 },
        ...clearSlr(75),
        neg('heel_tension', 'pre'),
        {
          indicator: 'arm_fossa',
          phase: 'post',
          side: clears ? 'none' : side,
          site: { fossa: 'upper' },
          positive: !clears,
        },
        neg('inguinal_tenderness', 'post'),
      ];
    case 'III':
      return [
        {
          indicator: 'slr',
          phase: 'pre',
          side,
          degrees: Math.min(70, 35 + 10 * stage),
          symptomReproduced: true,
        },
        { indicator: 'sciatic_pain_points', phase: 'pre', side, grade: stage < 1 ? 3 : 2 },
        pos('piriformis', 'pre', side),
        { indicator: 'leg_check', phase: 'pre', side, mm: 6 },
        neg('arm_fossa', 'pre'),
        {
          indicator: 'slr',
          phase: 'post',
          side,
          degrees: Math.min(80, 50 + 10 * stage),
          symptomReproduced: stage < 2,
        },
        { indicator: 'sciatic_pain_points', phase: 'post', side, grade: stage < 1 ? 2 : 1 },
      ];
  }
}
