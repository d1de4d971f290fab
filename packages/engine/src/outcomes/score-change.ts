import { z } from 'zod';
import { exactSchema } from '../exact-schema';
import { toTenths } from './round-half-up';

/**
 * How a score moved against its baseline, judged by the instrument's important-change threshold:
 * `improved` / `worse` when the change reaches the threshold in that direction, `unchanged` when it
 * does not, `none` when the instrument has no published threshold (the change is still reported).
 *
 * Source: clinical-notes §2 (MCID / MDC column); issue 9 ("improved / unchanged / worse by that threshold").
 *
 * @example
 * const verdict: ChangeVerdict = 'improved';
 */
export type ChangeVerdict = 'improved' | 'unchanged' | 'worse' | 'none';

/**
 * A score compared with its baseline. `delta` is current − baseline in the score's unit (one decimal),
 * so for "higher is worse" instruments an improvement has a negative delta.
 *
 * Source: clinical-notes §2; issue 9.
 *
 * @example
 * const change: ScoreChange = { baseline: 24, delta: -6, threshold: 5, verdict: 'improved' };
 */
export interface ScoreChange {
  readonly baseline: number;
  readonly delta: number;
  readonly threshold: number | null;
  readonly verdict: ChangeVerdict;
}

/**
 * The schema of a {@link ScoreChange}.
 *
 * Source: clinical-notes §2; issue 9.
 *
 * @example
 * ScoreChangeSchema.parse({ baseline: 24, delta: -6, threshold: 5, verdict: 'improved' });
 */
export const ScoreChangeSchema = exactSchema<ScoreChange>()(
  z.object({
    baseline: z.number(),
    delta: z.number(),
    threshold: z.number().nullable(),
    verdict: z.enum(['improved', 'unchanged', 'worse', 'none']),
  }),
);

/**
 * Compares a score with its baseline. A change exactly equal to the threshold counts as important
 * (the published thresholds read "at least": NDI "at least a 5-point change", NPRS "≥ 2 points").
 * Arithmetic runs in whole tenths, so 35.6 − 25.6 is exactly 10.
 *
 * Source: Vernon H, NDI scoring note (chiro.org/forms/NDI_Explain.shtml); physiotherapy.ca NRS-11 page;
 * both as cited in clinical-notes §2.
 *
 * @param current - the new score, in the instrument's unit
 * @param baseline - the baseline score, same unit
 * @param threshold - the important-change threshold, or null when the instrument has none
 * @param higherIsBetter - true for PSFS, false for pain and disability scores
 * @example
 * compareWithBaseline(19, 24, 5, false); // { baseline: 24, delta: -5, threshold: 5, verdict: 'improved' }
 * compareWithBaseline(30, 40, null, false).verdict; // 'none'
 */
export function compareWithBaseline(
  current: number,
  baseline: number,
  threshold: number | null,
  higherIsBetter: boolean,
): ScoreChange {
  const deltaTenths = toTenths(current) - toTenths(baseline);
  const delta = deltaTenths === 0 ? 0 : deltaTenths / 10;
  if (threshold === null) return { baseline, delta, threshold, verdict: 'none' };
  const gainTenths = higherIsBetter ? deltaTenths : -deltaTenths;
  const thresholdTenths = toTenths(threshold);
  const verdict: ChangeVerdict =
    gainTenths >= thresholdTenths ? 'improved' : -gainTenths >= thresholdTenths ? 'worse' : 'unchanged';
  return { baseline, delta, threshold, verdict };
}
