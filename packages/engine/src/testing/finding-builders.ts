import type { Finding, FindingSite, Side } from '../findings/finding';

// Short builders for the engine's tests, so each table row reads like the chart it stands for.
// They only fill in the encoding of REFERENCE §2 (Source for every builder below); every expected
// value stays a literal in the tests.

/** A positive pos/neg finding (sided when `side` is given). */
export function pos(indicator: string, side?: Side, site?: FindingSite): Finding {
  return {
    indicator,
    phase: 'pre',
    ...(side === undefined ? {} : { side }),
    ...(site === undefined ? {} : { site }),
    positive: true,
  };
}

/** A negative pos/neg finding: `side: 'none'` for a sided indicator. */
export function neg(indicator: string, sided = true, site?: FindingSite): Finding {
  return {
    indicator,
    phase: 'pre',
    ...(sided ? { side: 'none' as const } : {}),
    ...(site === undefined ? {} : { site }),
    positive: false,
  };
}

/** A straight-leg raise. */
export function slr(side: Side, symptomReproduced: boolean, degrees = 40): Finding {
  return { indicator: 'slr', phase: 'pre', side, degrees, symptomReproduced };
}

/** A graded finding (sciatic pain points, zygomatic ROM). */
export function graded(indicator: string, side: Side, grade: 0 | 1 | 2 | 3): Finding {
  return { indicator, phase: 'pre', side, grade };
}

/** An occipital-fibre finding at line × area. */
export function fibre(
  line: 1 | 2 | 3,
  area: 1 | 2 | 3 | 4 | 5 | 6 | 7,
  side: Side,
  grade: 0 | 1 | 2 | 3,
): Finding {
  return { indicator: 'occipital_fibers', phase: 'pre', side, site: { line, area }, grade };
}

/** A leg check: `side` is the short leg. */
export function leg(side: 'L' | 'R' | 'none', mm = side === 'none' ? 0 : 6): Finding {
  return { indicator: 'leg_check', phase: 'pre', side, mm };
}

/** A red-flag or contraindication answer. */
export function screen(indicator: string, positive: boolean): Finding {
  return { indicator, phase: 'pre', positive };
}

/** The same finding in the post-check. */
export function post(finding: Finding): Finding {
  return { ...finding, phase: 'post' };
}

/** Every primary indicator of the default pack examined and negative. */
export const primariesNegative: readonly Finding[] = [
  neg('heel_tension'),
  neg('arm_fossa'),
  slr('none', false, 80),
  graded('sciatic_pain_points', 'none', 0),
];
