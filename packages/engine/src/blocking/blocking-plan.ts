import { z } from 'zod';
import type { Analysis } from '../analysis/analysis';
import { shortLegSide } from '../analysis/category-side';
import type { Finding } from '../findings/finding';
import { CategoryIdSchema, type CategoryId } from '../protocol/category-id';
import { CertaintySchema, weakestCertainty, type Certainty } from '../protocol/certainty';
import { indexPack } from '../protocol/pack-index';
import { BlockSpecSchema, type BlockSpec } from '../protocol/placement-spec';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { exactSchema } from '../exact-schema';
import { pelvisSchematic, SchematicLandmarkSchema, type SchematicLandmark } from './pelvis-schematic';

/**
 * A practitioner's reason to block despite a positive contraindication.
 *
 * Source: REFERENCE §7.
 *
 * @example
 * const override: ContraindicationOverride = { contraindication: 'ci_pregnancy', reason: 'supine only, side-lying support' };
 */
export interface ContraindicationOverride {
  readonly contraindication: string;
  readonly reason: string;
}

/**
 * The blocking plan for the primary category: position, blocks (side, landmark, direction, which goes
 * first), what to re-check and the endpoint, timing and breathing, what is missing to set the sides,
 * contraindication warnings, and a schematic.
 *
 * Source: REFERENCE §4, §9.
 *
 * @example
 * const plan: BlockingPlan | null = blockingPlan(analysis, findings, defaultPack);
 */
export interface BlockingPlan {
  readonly category: CategoryId;
  readonly position: 'prone' | 'supine';
  readonly tentative: boolean;
  readonly placement: 'pack' | 'practitioner';
  /** The weakest of the placement's certainty and its blocks'; a practitioner placement is `practitioner-defined`. */
  readonly certainty: Certainty;
  readonly blocks: readonly {
    readonly order: 1 | 2;
    readonly side: 'L' | 'R' | null;
    readonly landmark: 'trochanter' | 'acetabulum' | 'asis' | 'iliac_crest';
    readonly direction?: string;
    readonly certainty: Certainty;
    readonly sources: readonly string[];
  }[];
  readonly recheck: readonly string[];
  readonly endpoint: string;
  readonly recheckSeconds: number;
  readonly maxMinutes: number;
  readonly breathing: string;
  readonly missing: readonly string[];
  readonly warnings: readonly { readonly contraindication: string; readonly message: string }[];
  readonly overrideRequired: boolean;
  readonly schematic: { readonly view: 'prone' | 'supine'; readonly landmarks: readonly SchematicLandmark[] };
}

/**
 * The schema of a {@link BlockingPlan}, as the API answers it inside a visit's engine result.
 *
 * Source: REFERENCE §4, §9.
 *
 * @example
 * BlockingPlanSchema.parse(blockingPlan(analysis, findings, defaultPack));
 */
export const BlockingPlanSchema = exactSchema<BlockingPlan>()(
  z.object({
    category: CategoryIdSchema,
    position: z.enum(['prone', 'supine']),
    tentative: z.boolean(),
    placement: z.enum(['pack', 'practitioner']),
    certainty: CertaintySchema,
    blocks: z.array(
      z.object({
        order: BlockSpecSchema.shape.order,
        side: z.enum(['L', 'R']).nullable(),
        landmark: BlockSpecSchema.shape.landmark,
        direction: z.string().optional(),
        certainty: CertaintySchema,
        sources: z.array(z.string()),
      }),
    ),
    recheck: z.array(z.string()),
    endpoint: z.string(),
    recheckSeconds: z.number(),
    maxMinutes: z.number(),
    breathing: z.string(),
    missing: z.array(z.string()),
    warnings: z.array(z.object({ contraindication: z.string(), message: z.string() })),
    overrideRequired: z.boolean(),
    schematic: z.object({ view: z.enum(['prone', 'supine']), landmarks: z.array(SchematicLandmarkSchema) }),
  }),
);

const opposite = (side: 'L' | 'R' | null): 'L' | 'R' | null =>
  side === null ? null : side === 'L' ? 'R' : 'L';

/**
 * Builds the blocking plan for an analysis, or `null` when there is none (referral, no category,
 * undetermined). Block sides come from the category side; when that is bilateral or unknown, from
 * `leg_check` (category side = short-leg side), listing `leg_check` as missing when it was not done.
 * A positive contraindication adds its warning (naming the plan's position where the warning does)
 * and keeps `overrideRequired` true until `overrides` holds a non-empty reason for that id. The
 * plan's `certainty` is the weakest of its placement and its blocks.
 *
 * Source: REFERENCE §3 ("Side", bilateral), §4, §7, §9.
 *
 * @example
 * blockingPlan(analyze(findings, defaultPack), findings, defaultPack)?.blocks[0];
 * // { order: 1, side: 'R', landmark: 'trochanter', … } for a Category I right short leg
 */
export function blockingPlan(
  analysis: Analysis,
  findings: readonly Finding[],
  pack: ProtocolPack,
  overrides: readonly ContraindicationOverride[] = [],
): BlockingPlan | null {
  const category = analysis.category;
  if (analysis.referral !== null || category === 'none' || category === 'undetermined') return null;
  const index = indexPack(pack);
  const placement = pack.placements[category];
  const shortLeg = index.entries.has('leg_check') ? shortLegSide(findings) : null;
  const shortLegLR = shortLeg === 'L' || shortLeg === 'R' ? shortLeg : null;
  const definition = pack.categories.find((c) => c.id === category);
  let needsLegCheck = definition?.sideFrom.some((group) => group.includes('leg_check')) ?? false;

  const categoryLR = analysis.side === 'L' || analysis.side === 'R' ? analysis.side : null;
  const sideOf = (ref: BlockSpec['side']): 'L' | 'R' | null => {
    if ((ref === 'category' || ref === 'opposite') && categoryLR !== null)
      return ref === 'category' ? categoryLR : opposite(categoryLR);
    needsLegCheck = true;
    return ref === 'category' || ref === 'short_leg' ? shortLegLR : opposite(shortLegLR);
  };
  const blocks = [...placement.blocks]
    .sort((a, b) => a.order - b.order)
    .map((b) => ({
      order: b.order,
      side: sideOf(b.side),
      landmark: b.landmark,
      ...(b.direction === undefined ? {} : { direction: b.direction }),
      certainty: b.certainty,
      sources: b.sources,
    }));
  // A warning may name the plan's own position ("{position}"), so it never says prone on a supine plan.
  const warnings = analysis.contraindications.map((id) => ({
    contraindication: id,
    message: (
      pack.contraindications.find((c) => c.id === id)?.warning ?? `Contraindication ${id}.`
    ).replaceAll('{position}', placement.position),
  }));
  const reasoned = new Set(overrides.filter((o) => o.reason.trim() !== '').map((o) => o.contraindication));
  return {
    category,
    position: placement.position,
    tentative: analysis.level === 'suggested',
    placement: placement.placement,
    certainty:
      placement.placement === 'practitioner'
        ? 'practitioner-defined'
        : weakestCertainty([placement.certainty, ...blocks.map((b) => b.certainty)]),
    blocks,
    recheck: placement.recheck.filter((id) => index.entries.has(id)),
    endpoint: placement.endpoint,
    recheckSeconds: pack.blocking.recheckSeconds,
    maxMinutes: pack.blocking.maxMinutes,
    breathing: pack.blocking.breathing,
    missing: needsLegCheck && shortLeg === null && index.entries.has('leg_check') ? ['leg_check'] : [],
    warnings,
    overrideRequired: warnings.some((w) => !reasoned.has(w.contraindication)),
    schematic: { view: placement.position, landmarks: pelvisSchematic(placement.position) },
  };
}
