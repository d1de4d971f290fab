import { z } from 'zod';
import type { Finding } from '../findings/finding';
import { isPositive } from '../findings/is-positive';
import type { SameShape } from '../exact-schema';

/**
 * How one finding changed between pre and post (or between one visit and the next), per side.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const change: Change = 'side_changed';
 */
export type Change =
  'cleared' | 'improved' | 'unchanged' | 'worse' | 'side_changed' | 'new' | 'not_rechecked';

/**
 * Every {@link Change}, in the order summaries list them.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * changes.length; // 7
 */
export const changes = [
  'cleared',
  'improved',
  'unchanged',
  'worse',
  'side_changed',
  'new',
  'not_rechecked',
] as const satisfies readonly Change[];

/**
 * The schema of a {@link Change}.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * ChangeSchema.parse('side_changed');
 */
export const ChangeSchema = z.enum(changes);
// `changes` lists every Change: this stops compiling when one is added to the type alone.
const _sameShape: SameShape<z.output<typeof ChangeSchema>, Change> = true;

/**
 * How an indicator's findings are compared: `leg` (side names the short leg, compared in mm),
 * `value_sided` (a pos/neg finding whose side is its value and describes both sides), `per_side`
 * (graded or measured per side: one finding per side) and `unsided`.
 *
 * Source: REFERENCE §2 ("Which findings may coexist").
 *
 * @example
 * const kind: ComparisonKind = 'value_sided';
 */
export type ComparisonKind = 'leg' | 'value_sided' | 'per_side' | 'unsided';

/**
 * Whether a finding is positive on one side. A value-sided finding (`R` positive = R positive and
 * L negative; `bilateral` = both; `none` = neither) is read per side; any other finding applies as a
 * whole to the side it is compared on. A leg check counts as "positive" while a leg is short: it is
 * the finding the treatment sets out to clear (short → even = `cleared`, REFERENCE §9).
 *
 * Source: REFERENCE §2 ("Positive means", "read as one result per side"), §9.
 *
 * @example
 * positiveOn({ indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true }, 'value_sided', 'L'); // false
 */
export function positiveOn(finding: Finding, kind: ComparisonKind, side: 'L' | 'R' | null): boolean {
  switch (kind) {
    case 'leg':
      // Only the functional leg check is what treatment sets out to clear; a measured anatomical
      // difference (REFERENCE §6) is a record, never a positive finding (§2).
      return finding.indicator === 'leg_check' && !isEven(finding);
    case 'value_sided':
      return isPositive(finding) && (finding.side === side || finding.side === 'bilateral');
    case 'per_side':
    case 'unsided':
      return isPositive(finding);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown comparison kind ${String(unknown)}`);
    }
  }
}

// No difference is never a change, even with a threshold of 0 (the pack allows legCheckMm 0).
const byDifference = (n: number, threshold: number): 'improved' | 'worse' | 'unchanged' =>
  n < 0 && n <= -threshold ? 'improved' : n > 0 && n >= threshold ? 'worse' : 'unchanged';

/**
 * The change on one side from a pre finding to its post finding. Positive → not positive = cleared,
 * not positive → positive = worse, not positive both times = unchanged; still positive: a lower
 * grade = improved, higher = worse; SLR with the symptom still reproduced at ≥ 10° more = improved,
 * ≥ 10° less = worse. A leg check: short → even = cleared; the other leg short = `side_changed`
 * (an over-correction to look at); the same side ≥ `legCheckMm` less = improved, more = worse.
 *
 * Source: REFERENCE §9 (change rules); the leg-check threshold is pack data, practitioner-defined.
 *
 * @example
 * changeOnSide(
 *   { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 },
 *   { indicator: 'leg_check', phase: 'post', side: 'L', mm: 3 },
 *   'leg', null, 2,
 * ); // 'side_changed'
 */
export function changeOnSide(
  pre: Finding,
  post: Finding,
  kind: ComparisonKind,
  side: 'L' | 'R' | null,
  legCheckMm: number,
): Change {
  if (kind === 'leg') return legChange(pre, post, legCheckMm);
  const was = positiveOn(pre, kind, side);
  const is = positiveOn(post, kind, side);
  if (was && !is) return 'cleared';
  if (!was && is) return 'worse';
  if (!was && !is) return 'unchanged';
  if (pre.symptomReproduced !== undefined && pre.degrees !== undefined && post.degrees !== undefined) {
    // More degrees before the symptom is reproduced is better, so the gain counts the other way.
    const byDegrees = byDifference(pre.degrees - post.degrees, 10);
    if (byDegrees !== 'unchanged') return byDegrees;
  }
  if (pre.grade !== undefined && post.grade !== undefined) return byDifference(post.grade - pre.grade, 1);
  return 'unchanged';
}

function isEven(f: Finding): boolean {
  return f.side === undefined || f.side === 'none' || f.mm === 0;
}

function legChange(pre: Finding, post: Finding, legCheckMm: number): Change {
  if (!isEven(pre) && isEven(post)) return 'cleared';
  if (isEven(pre) && !isEven(post)) return 'worse';
  if (isEven(pre) && isEven(post)) return 'unchanged';
  if (pre.side !== post.side) return 'side_changed';
  if (pre.mm === undefined || post.mm === undefined) return 'unchanged';
  return byDifference(post.mm - pre.mm, legCheckMm);
}
