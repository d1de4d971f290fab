import { z } from 'zod';
import { IndicatorIdSchema } from '../findings/finding';
import { CmrtMapSchema } from './cmrt-spec';
import { IndicatorSpecSchema } from './indicator-spec';
import { PlacementSpecSchema } from './placement-spec';

const PlacementOverrideSchema = z.union([PlacementSpecSchema, z.strictObject({ preset: z.string().min(1) })]);

/**
 * Schema of a clinic's override of the default pack: added or disabled indicators, blocking
 * placements (its own, or a preset of the pack by id), blocking timing, the priority preset, its
 * occipital area → vertebra `cmrtMap`, and the sources its additions cite. Cross-references are
 * checked by {@link parseOverride}.
 *
 * Source: REFERENCE §10; issue 4 item 1.
 *
 * @example
 * ProtocolOverrideSchema.parse({ priority: 'ii_first', cmrtMap: { '5': ['T5'] } });
 */
export const ProtocolOverrideSchema = z.strictObject({
  addIndicators: z.array(IndicatorSpecSchema).max(50).optional(),
  disableIndicators: z.array(IndicatorIdSchema).max(100).optional(),
  placements: z
    .strictObject({
      I: PlacementOverrideSchema.optional(),
      II: PlacementOverrideSchema.optional(),
      III: PlacementOverrideSchema.optional(),
    })
    .optional(),
  blocking: z
    .strictObject({
      recheckSeconds: z.number().int().min(10).max(900).optional(),
      maxMinutes: z.number().int().min(1).max(60).optional(),
      breathing: z.string().min(1).max(500).optional(),
    })
    .optional(),
  priority: z.enum(['iii_ii_i', 'ii_first']).optional(),
  cmrtMap: CmrtMapSchema.optional(),
  sources: z
    .array(
      z.strictObject({
        id: z.string().regex(/^clinic-[a-z0-9-]+$/, 'clinic source ids start with "clinic-"'),
        title: z.string().min(1).max(300),
        urls: z.array(z.url()).min(1).max(10),
      }),
    )
    .max(50)
    .optional(),
});

/**
 * A clinic's override of the default pack (see {@link ProtocolOverrideSchema}).
 *
 * Source: REFERENCE §10.
 *
 * @example
 * const override: ProtocolOverride = { placements: { III: { preset: 'iii_trochanter_asis' } } };
 */
export type ProtocolOverride = z.infer<typeof ProtocolOverrideSchema>;
