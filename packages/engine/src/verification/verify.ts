import { z } from 'zod';
import { FindingSchema, FindingSiteSchema, type Finding } from '../findings/finding';
import type { ResultShape } from '../findings/result-shape';
import { siteKey } from '../findings/site-key';
import { indexPack } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { exactSchema } from '../exact-schema';
import { ChangeSchema, changeOnSide, changes, positiveOn, type Change, type ComparisonKind } from './change';

/**
 * One verification item: an indicator at one site and on one side (`null` for `leg_check` and
 * unsided indicators), with the findings compared (the stored findings, as charted) and the change.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const item: VerificationItem = { indicator: 'heel_tension', side: 'R', change: 'cleared' };
 */
export interface VerificationItem {
  readonly indicator: string;
  readonly site?: Finding['site'];
  readonly side: 'L' | 'R' | null;
  readonly pre?: Finding;
  readonly post?: Finding;
  readonly change: Change;
}

/**
 * The counts of a verification: one per change, where `not_rechecked` counts only items that were
 * positive before treatment, plus `positivePre` (items positive before treatment), `positiveCleared`
 * (of those, cleared — the headline "positiveCleared of positivePre positive findings cleared") and
 * `negativeNotRechecked` (negative before and not re-checked: not a gap in the note).
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const s: VerificationSummary['positiveCleared'] = 2;
 */
export type VerificationSummary = Record<Change, number> & {
  readonly positivePre: number;
  readonly positiveCleared: number;
  readonly negativeNotRechecked: number;
};

/**
 * The pre/post comparison of a visit (or of one visit with the next).
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const v: Verification = verify(pre, post, defaultPack);
 * v.summary.positiveCleared; // 2
 */
export interface Verification {
  readonly items: readonly VerificationItem[];
  readonly summary: VerificationSummary;
}

/**
 * The schema of a {@link VerificationItem}.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * VerificationItemSchema.parse({ indicator: 'heel_tension', side: 'R', change: 'cleared' });
 */
export const VerificationItemSchema = exactSchema<VerificationItem>()(
  z.object({
    indicator: z.string(),
    site: FindingSiteSchema.optional(),
    side: z.enum(['L', 'R']).nullable(),
    pre: FindingSchema.optional(),
    post: FindingSchema.optional(),
    change: ChangeSchema,
  }),
);

const count = z.number().int().min(0);
// One count per change; the cast is checked by the SameShape assertion below.
const changeCounts = Object.fromEntries(changes.map((c) => [c, count])) as Record<Change, typeof count>;

/**
 * The schema of a {@link Verification}, as the API answers it inside a visit's engine result.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * VerificationSchema.parse(verify(pre, post, defaultPack));
 */
export const VerificationSchema = exactSchema<Verification>()(
  z.object({
    items: z.array(VerificationItemSchema),
    summary: z.object({
      ...changeCounts,
      positivePre: count,
      positiveCleared: count,
      negativeNotRechecked: count,
    }),
  }),
);

// Per-side indicators are compared side by side, one finding per side; sided pos/neg findings speak
// for both sides (REFERENCE §2 "the key", §9).
function comparisonKind(shape: ResultShape): ComparisonKind {
  if (!shape.sided) return 'unsided';
  if (shape.positive === 'never') return 'leg';
  return shape.perSide ? 'per_side' : 'value_sided';
}

// The sides a finding speaks for: a value-sided finding always describes both sides; a per-side
// finding its own side (both, for a legacy bilateral or none).
function sidesOf(f: Finding, kind: ComparisonKind): readonly ('L' | 'R' | null)[] {
  if (kind === 'leg' || kind === 'unsided') return [null];
  if (kind === 'per_side' && (f.side === 'L' || f.side === 'R')) return [f.side];
  return ['L', 'R'];
}

interface Slot {
  readonly indicator: string;
  readonly site: Finding['site'];
  readonly side: 'L' | 'R' | null;
  readonly kind: ComparisonKind;
  readonly order: number;
}

/**
 * Compares `pre` with `post` for the pack's indicators only (red-flag and contraindication answers
 * are screen answers, never verification items), matching on indicator, site and side — phase is
 * ignored, so the same function compares one visit's findings with the next visit's. Sided pos/neg
 * findings are read per side (`R` positive = R positive + L negative), so each side has its own
 * item. A pre item with no post is `not_rechecked` (counted in the summary's `not_rechecked` only
 * when it was positive; negative ones go to `negativeNotRechecked`), a post item with no pre is
 * `new`. Items follow the pack's indicator order, then site, then side (L, R).
 *
 * Source: REFERENCE §1 step 5, §2, §9.
 *
 * @example
 * verify(
 *   [{ indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true }],
 *   [{ indicator: 'heel_tension', phase: 'post', side: 'none', positive: false }],
 *   defaultPack,
 * ).items.map((i) => `${i.side}:${i.change}`); // ['L:unchanged', 'R:cleared']
 */
export function verify(pre: readonly Finding[], post: readonly Finding[], pack: ProtocolPack): Verification {
  const index = indexPack(pack);
  const slots = new Map<string, Slot>();
  const place = (findings: readonly Finding[]): Map<string, Finding> => {
    const held = new Map<string, Finding>();
    for (const f of findings) {
      const entry = index.entries.get(f.indicator);
      if (entry?.kind !== 'indicator' || index.disabled.has(f.indicator)) continue;
      const kind = comparisonKind(entry.shape);
      for (const side of sidesOf(f, kind)) {
        const key = `${f.indicator}|${siteKey(f.site)}|${side ?? ''}`;
        if (!slots.has(key))
          slots.set(key, { indicator: f.indicator, site: f.site, side, kind, order: entry.order });
        // With valid input each key appears once per set; for invalid input (duplicates) the first in
        // a canonical order wins, so the result still does not depend on the order of the input.
        const other = held.get(key);
        if (other === undefined || JSON.stringify(f) < JSON.stringify(other)) held.set(key, f);
      }
    }
    return held;
  };
  const before = place(pre);
  const after = place(post);
  const summary: Record<Change, number> = Object.fromEntries(changes.map((c) => [c, 0])) as Record<
    Change,
    number
  >;
  let positivePre = 0;
  let positiveCleared = 0;
  let negativeNotRechecked = 0;
  const ordered = [...slots.entries()].sort(
    ([ka, a], [kb, b]) => a.order - b.order || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  const items = ordered.map(([key, slot]): VerificationItem => {
    const p = before.get(key);
    const q = after.get(key);
    const wasPositive = p !== undefined && positiveOn(p, slot.kind, slot.side);
    const change: Change =
      p === undefined
        ? 'new'
        : q === undefined
          ? 'not_rechecked'
          : changeOnSide(p, q, slot.kind, slot.side, pack.verification.legCheckMm);
    if (wasPositive) positivePre += 1;
    if (wasPositive && change === 'cleared') positiveCleared += 1;
    if (change === 'not_rechecked' && !wasPositive) negativeNotRechecked += 1;
    else summary[change] += 1;
    return {
      indicator: slot.indicator,
      ...(slot.site === undefined ? {} : { site: slot.site }),
      side: slot.side,
      ...(p === undefined ? {} : { pre: p }),
      ...(q === undefined ? {} : { post: q }),
      change,
    };
  });
  return { items, summary: { ...summary, positivePre, positiveCleared, negativeNotRechecked } };
}

/**
 * Whether a verification item was positive before treatment, read from the item alone, as the
 * summary's `positivePre` counts it: a value-sided finding on the item's side, a per-side finding on
 * its own side, an unsided finding as a whole, and a leg check while a leg is short.
 *
 * Source: REFERENCE §2 ("read as one result per side"), §9 (`positivePre`).
 *
 * @example
 * positiveBefore({ indicator: 'heel_tension', side: 'L', change: 'unchanged',
 *   pre: { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true } }); // false
 */
export function positiveBefore(item: VerificationItem): boolean {
  const p = item.pre;
  if (p === undefined) return false;
  const kind: ComparisonKind = item.side !== null ? 'value_sided' : p.side === undefined ? 'unsided' : 'leg';
  return positiveOn(p, kind, item.side);
}
