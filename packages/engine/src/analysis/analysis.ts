import type { Finding, Side } from '../findings/finding';
import type { CategoryId } from '../protocol/category-id';
import type { Certainty } from '../protocol/certainty';
import type { Urgency } from '../safety/red-flags';

/**
 * How strongly a category is present: `indicated` (its primary indicator is positive), `supported`
 * (and at least one supporting indicator too), `suggested` (no primary positive, two or more
 * supporting indicators positive). There are no numeric scores.
 *
 * Source: REFERENCE §3, §9.
 *
 * @example
 * const level: Level = 'supported';
 */
export type Level = 'indicated' | 'supported' | 'suggested';

/**
 * A finding that counted toward a category, with its role there (`P` primary, `S` supporting).
 *
 * Source: REFERENCE §9 (`Analysis.counted`).
 *
 * @example
 * const counted: CountedFinding = { indicator: 'arm_fossa', side: 'R', site: { fossa: 'upper' }, role: 'P', category: 'II' };
 */
export interface CountedFinding {
  readonly indicator: string;
  readonly side?: Side;
  readonly site?: Finding['site'];
  readonly role: 'P' | 'S';
  readonly category: CategoryId;
}

/**
 * The engine's reading of the visit's pre-check: the primary category with its side and level, the
 * coexisting ones, the findings that counted and the rule that decided, what to examine next, the
 * positive contraindications and the evidence note — or a referral when a red flag is positive.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * const analysis: Analysis = analyze(findings, defaultPack);
 * analysis.category; // 'II'
 */
export interface Analysis {
  readonly packRef: string;
  /** A positive red flag: the flags, the most urgent one's urgency and its message; no plan at all. */
  readonly referral: null | {
    readonly flags: readonly string[];
    readonly urgency: Urgency;
    readonly message: string;
  };
  readonly category: CategoryId | 'none' | 'undetermined';
  readonly side: Side | null;
  readonly level: Level | null;
  readonly coexisting: readonly {
    readonly category: CategoryId;
    readonly side: Side | null;
    readonly level: Level;
  }[];
  readonly counted: readonly CountedFinding[];
  readonly rule: { readonly id: string; readonly certainty: Certainty; readonly sources: readonly string[] };
  readonly examineNext: readonly string[];
  readonly contraindications: readonly string[];
  readonly evidenceNote: string;
}
