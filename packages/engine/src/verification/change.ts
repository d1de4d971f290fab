import type { Finding } from '../findings/finding';
import { isPositive } from '../findings/is-positive';

/**
 * How one finding changed between pre and post (or between one visit and the next).
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const change: Change = 'improved';
 */
export type Change = 'cleared' | 'improved' | 'unchanged' | 'worse' | 'new' | 'not_rechecked';

/**
 * Every {@link Change}, in the order summaries list them.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * changes.length; // 6
 */
export const changes = [
  'cleared',
  'improved',
  'unchanged',
  'worse',
  'new',
  'not_rechecked',
] as const satisfies readonly Change[];

const sideCount = (f: Finding): number => (f.side === 'bilateral' ? 2 : 1);
const sign = (n: number): 'improved' | 'worse' | 'unchanged' =>
  n < 0 ? 'improved' : n > 0 ? 'worse' : 'unchanged';

/**
 * The change from a pre finding to its post finding of the same indicator and site. Positive → not
 * positive = cleared, not positive → positive = worse. Both positive: fewer sides (bilateral → one)
 * = improved, more = worse; same sides, a lower grade = improved, higher = worse. SLR with the
 * symptom still reproduced: 10° or more higher = improved, 10° or more lower = worse. A leg check is
 * never positive: even again = cleared, a smaller difference = improved, larger = worse.
 *
 * Source: REFERENCE §9 (change rules); leg-check reading practitioner-defined.
 *
 * @example
 * changeBetween(
 *   { indicator: 'arm_fossa', phase: 'pre', side: 'bilateral', positive: true },
 *   { indicator: 'arm_fossa', phase: 'post', side: 'L', positive: true },
 * ); // 'improved'
 */
export function changeBetween(pre: Finding, post: Finding): Change {
  if (isLegMeasure(pre) && isLegMeasure(post)) return legChange(pre, post);
  const was = isPositive(pre);
  const is = isPositive(post);
  if (was && !is) return 'cleared';
  if (!was && is) return 'worse';
  if (!was && !is) return 'unchanged';
  if (pre.symptomReproduced !== undefined && pre.degrees !== undefined && post.degrees !== undefined) {
    const gain = post.degrees - pre.degrees;
    if (gain >= 10) return 'improved';
    if (gain <= -10) return 'worse';
  }
  const bySides = sign(sideCount(post) - sideCount(pre));
  if (bySides !== 'unchanged') return bySides;
  if (pre.grade !== undefined && post.grade !== undefined) return sign(post.grade - pre.grade);
  return 'unchanged';
}

function isLegMeasure(f: Finding): boolean {
  return (
    f.positive === undefined &&
    f.grade === undefined &&
    f.symptomReproduced === undefined &&
    f.side !== undefined
  );
}

function legChange(pre: Finding, post: Finding): Change {
  const even = (f: Finding): boolean => f.side === 'none' || f.mm === 0;
  if (!even(pre) && even(post)) return 'cleared';
  if (even(pre) && !even(post)) return 'worse';
  if (even(pre) && even(post)) return 'unchanged';
  if (pre.mm === undefined || post.mm === undefined) return 'unchanged';
  return sign(post.mm - pre.mm);
}
