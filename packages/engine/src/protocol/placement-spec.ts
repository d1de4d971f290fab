import { z } from 'zod';
import { IndicatorIdSchema } from '../findings/finding';
import { CertaintySchema } from './certainty';

/**
 * Schema of one block of a placement. `side` is relative: `category` = the category's side (for
 * Category I, the short-leg side), `opposite` = the other side, `short_leg`/`long_leg` = read from
 * `leg_check`.
 *
 * Source: REFERENCE §4; SOURCES-BLOCKING §7.
 *
 * @example
 * BlockSpecSchema.parse({ order: 1, side: 'category', landmark: 'trochanter', certainty: 'sourced', sources: ['soto-abstract-2002'] });
 */
export const BlockSpecSchema = z.strictObject({
  order: z.literal([1, 2]),
  side: z.enum(['category', 'opposite', 'short_leg', 'long_leg']),
  landmark: z.enum(['trochanter', 'acetabulum', 'asis', 'iliac_crest']),
  direction: z.string().min(1).max(200).optional(),
  certainty: CertaintySchema,
  sources: z.array(z.string().min(1)).min(1),
});

/**
 * One block of a placement (see {@link BlockSpecSchema}).
 *
 * Source: REFERENCE §4.
 *
 * @example
 * const block: BlockSpec = defaultPack.placements.I.blocks[0]!;
 */
export type BlockSpec = z.infer<typeof BlockSpecSchema>;

/**
 * Schema of a category's blocking placement: patient position, blocks (none when `placement` is
 * `practitioner`: the practitioner sets them), indicators to re-check while blocked and the endpoint.
 *
 * Source: REFERENCE §4.
 *
 * @example
 * PlacementSpecSchema.parse(defaultPack.placements.III);
 */
export const PlacementSpecSchema = z
  .strictObject({
    position: z.enum(['prone', 'supine']),
    placement: z.enum(['pack', 'practitioner']),
    blocks: z.array(BlockSpecSchema).max(2),
    recheck: z.array(IndicatorIdSchema).max(20),
    endpoint: z.string().min(1).max(500),
    certainty: CertaintySchema,
    sources: z.array(z.string().min(1)).min(1),
  })
  .superRefine((spec, ctx) => {
    if (spec.placement === 'practitioner' && spec.blocks.length > 0)
      ctx.addIssue({ code: 'custom', path: ['blocks'], message: "a 'practitioner' placement has no blocks" });
    if (spec.placement === 'pack' && spec.blocks.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['blocks'],
        message: "a 'pack' placement needs at least one block",
      });
    const orders = spec.blocks.map((b) => b.order);
    if (new Set(orders).size !== orders.length)
      ctx.addIssue({ code: 'custom', path: ['blocks'], message: 'each block needs its own order (1, 2)' });
  });

/**
 * A category's blocking placement (see {@link PlacementSpecSchema}).
 *
 * Source: REFERENCE §4.
 *
 * @example
 * const placement: PlacementSpec = defaultPack.placements.II;
 */
export type PlacementSpec = z.infer<typeof PlacementSpecSchema>;
