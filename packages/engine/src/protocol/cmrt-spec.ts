import { z } from 'zod';
import { segments } from '../findings/segment';
import { CertaintySchema } from './certainty';

const areaKeys = ['1', '2', '3', '4', '5', '6', '7'] as const;

/**
 * Schema of a clinic's occipital-fibre area → vertebra map. Keyed by area because the three lines
 * share one vertebral index per area; an area may stand for several levels. The default is empty:
 * the chart is proprietary and the engine never invents it.
 *
 * Source: REFERENCE §5; SOURCES §3.2; SOURCES-BLOCKING §3.
 *
 * @example
 * CmrtMapSchema.parse({ '5': ['T5'] });
 */
export const CmrtMapSchema = z.partialRecord(z.enum(areaKeys), z.array(z.enum(segments)).min(1).max(28));

/**
 * A clinic's occipital-fibre area → vertebra map (see {@link CmrtMapSchema}).
 *
 * Source: REFERENCE §5.
 *
 * @example
 * const map: CmrtMap = { '2': ['T2', 'T3'] };
 */
export type CmrtMap = z.infer<typeof CmrtMapSchema>;

/**
 * Schema of the CMRT part of a pack: the meaning of each occipital-fibre line, the area map, and the
 * vertebra → viscera associations (SOT's claims, shown as such).
 *
 * Source: REFERENCE §5; SOURCES §3.2, §3.3.
 *
 * @example
 * CmrtSpecSchema.parse(defaultPack.cmrt);
 */
export const CmrtSpecSchema = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        line: z.literal([1, 2, 3]),
        type: z.enum(['dural', 'reflex_visceral', 'structural']),
        name: z.string().min(1),
        tender: z.string().min(1),
        listing: z.string().min(1),
      }),
    )
    .length(3),
  areas: z.literal(7),
  cmrtMap: CmrtMapSchema,
  viscera: z.array(z.strictObject({ level: z.enum(segments), organ: z.string().min(1).max(100) })),
  certainty: CertaintySchema,
  sources: z.array(z.string().min(1)).min(1),
  visceraCertainty: CertaintySchema,
  visceraSources: z.array(z.string().min(1)).min(1),
  claimNote: z.string().min(1),
});

/**
 * The CMRT part of a pack (see {@link CmrtSpecSchema}).
 *
 * Source: REFERENCE §5.
 *
 * @example
 * defaultPack.cmrt.lines[1]?.type; // 'reflex_visceral'
 */
export type CmrtSpec = z.infer<typeof CmrtSpecSchema>;
