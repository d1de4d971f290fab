import { z } from 'zod';
import { exactSchema, type SameShape } from '../exact-schema';
import { segments, type Segment } from './segment';

/**
 * Which side a finding is on. For a sided pos/neg indicator the side is part of the value: `none` =
 * negative on both sides, `bilateral` = positive on both. For `leg_check` it names the short leg.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const side: Side = 'bilateral';
 */
export type Side = 'L' | 'R' | 'bilateral' | 'none';

/**
 * When a finding was taken: before (`pre`) or after (`post`) the visit's procedures. Red flags and
 * contraindications are always `pre`.
 *
 * Source: REFERENCE §1, §2.
 *
 * @example
 * const phase: Phase = 'pre';
 */
export type Phase = 'pre' | 'post';

/**
 * Where on the body a finding was taken. Two findings of one indicator and phase at different sites
 * are two findings (e.g. the upper and the lower arm–fossa). `direction` is part of the value, not of
 * the site (see {@link siteKey}).
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const site: FindingSite = { line: 2, area: 5 };
 */
export interface FindingSite {
  readonly fossa?: 'upper' | 'lower';
  readonly line?: 1 | 2 | 3;
  readonly area?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly level?: Segment;
  readonly direction?: string;
  readonly structure?: string;
}

/**
 * One examination result: the shape every layer shares (engine input, API body, database rows,
 * FHIR Observation). Units: `degrees` 0–90 (SLR), `mm` 0–50 (leg checks).
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const finding: Finding = { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true };
 */
export interface Finding {
  readonly indicator: string;
  readonly phase: Phase;
  readonly side?: Side;
  readonly site?: FindingSite;
  readonly positive?: boolean;
  readonly grade?: 0 | 1 | 2 | 3;
  readonly degrees?: number;
  readonly mm?: number;
  readonly symptomReproduced?: boolean;
  readonly carriedForward?: true;
  readonly note?: string;
}

/**
 * The indicator id pattern shared by catalog entries, red flags and contraindications.
 *
 * Source: REFERENCE §2, §7 (ids such as `arm_fossa`, `rf_cauda_equina`).
 *
 * @example
 * IndicatorIdSchema.parse('heel_tension');
 */
export const IndicatorIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a lower-case id such as heel_tension');

/**
 * The schema of a {@link Side}.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * SideSchema.parse('bilateral');
 */
export const SideSchema = z.enum(['L', 'R', 'bilateral', 'none']);

/**
 * The schema of a {@link FindingSite}, unknown fields rejected.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * FindingSiteSchema.parse({ line: 2, area: 5 });
 */
export const FindingSiteSchema = z.strictObject({
  fossa: z.enum(['upper', 'lower']).optional(),
  line: z.literal([1, 2, 3]).optional(),
  area: z.literal([1, 2, 3, 4, 5, 6, 7]).optional(),
  level: z.enum(segments).optional(),
  direction: z.string().min(1).max(100).optional(),
  structure: z.string().min(1).max(100).optional(),
});

/**
 * The structural schema of a {@link Finding}: field types and ranges only, with unknown fields
 * rejected. What an indicator allows or requires depends on the protocol pack, so the full check is
 * {@link validateFindings}.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * FindingSchema.safeParse({ indicator: 'slr', phase: 'pre', side: 'L', degrees: 40, symptomReproduced: true }).success; // true
 */
export const FindingSchema = exactSchema<Finding>()(
  z.strictObject({
    indicator: IndicatorIdSchema,
    phase: z.enum(['pre', 'post']),
    side: SideSchema.optional(),
    site: FindingSiteSchema.optional(),
    positive: z.boolean().optional(),
    grade: z.literal([0, 1, 2, 3]).optional(),
    degrees: z.number().min(0).max(90).optional(),
    mm: z.number().min(0).max(50).optional(),
    symptomReproduced: z.boolean().optional(),
    carriedForward: z.literal(true).optional(),
    note: z.string().max(2000).optional(),
  }),
);

// The schemas and the interfaces above describe one shape: this stops compiling when they drift.
const _sameShape: [
  SameShape<z.output<typeof FindingSiteSchema>, FindingSite>,
  SameShape<z.output<typeof SideSchema>, Side>,
] = [true, true];
