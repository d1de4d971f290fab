import { z } from 'zod';
import { FindingSiteSchema, SideSchema, type Finding, type Side } from '../findings/finding';
import { CategoryIdSchema, type CategoryId } from '../protocol/category-id';
import { CertaintySchema, type Certainty } from '../protocol/certainty';
import { UrgencySchema, type Urgency } from '../safety/red-flags';
import { exactSchema, type SameShape } from '../exact-schema';

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

/**
 * The schema of a {@link Level}.
 *
 * Source: REFERENCE §3, §9.
 *
 * @example
 * LevelSchema.parse('suggested');
 */
export const LevelSchema = z.enum(['indicated', 'supported', 'suggested']);

/**
 * The schema of a {@link CountedFinding}.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * CountedFindingSchema.parse({ indicator: 'arm_fossa', side: 'R', role: 'P', category: 'II' });
 */
export const CountedFindingSchema = exactSchema<CountedFinding>()(
  z.object({
    indicator: z.string(),
    side: SideSchema.optional(),
    site: FindingSiteSchema.optional(),
    role: z.enum(['P', 'S']),
    category: CategoryIdSchema,
  }),
);

/**
 * The schema of an {@link Analysis}, as the API answers it inside a visit's engine result.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * AnalysisSchema.parse(analyze(findings, defaultPack));
 */
export const AnalysisSchema = exactSchema<Analysis>()(
  z.object({
    packRef: z.string(),
    referral: z
      .object({ flags: z.array(z.string()), urgency: UrgencySchema, message: z.string() })
      .nullable(),
    category: z.union([CategoryIdSchema, z.enum(['none', 'undetermined'])]),
    side: SideSchema.nullable(),
    level: LevelSchema.nullable(),
    coexisting: z.array(
      z.object({ category: CategoryIdSchema, side: SideSchema.nullable(), level: LevelSchema }),
    ),
    counted: z.array(CountedFindingSchema),
    rule: z.object({ id: z.string(), certainty: CertaintySchema, sources: z.array(z.string()) }),
    examineNext: z.array(z.string()),
    contraindications: z.array(z.string()),
    evidenceNote: z.string(),
  }),
);

// The schema lists every level of the type: this stops compiling when they drift.
const _sameShape: SameShape<z.output<typeof LevelSchema>, Level> = true;
