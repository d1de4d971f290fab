import { z } from 'zod';
import { IndicatorIdSchema } from '../findings/finding';
import { regions } from '../findings/region';
import { resultShapeIds } from '../findings/result-shape';
import { CategoryIdSchema } from './category-id';
import type { SameShape } from '../exact-schema';
import { CertaintySchema } from './certainty';

/**
 * A PART letter (Pain/tenderness, Asymmetry/misalignment, Range-of-motion abnormality, Tissue/tone
 * change) an indicator suggests for the visit's documentation; the practitioner confirms it.
 *
 * Source: REFERENCE §8.
 *
 * @example
 * const letter: PartLetter = 'A';
 */
export type PartLetter = 'P' | 'A' | 'R' | 'T';

/**
 * The schema of a {@link PartLetter}.
 *
 * Source: REFERENCE §8.
 *
 * @example
 * PartLetterSchema.parse('R');
 */
export const PartLetterSchema = z.enum(['P', 'A', 'R', 'T']);
// The schema lists every letter of the type: this stops compiling when they drift.
const _sameShape: SameShape<z.output<typeof PartLetterSchema>, PartLetter> = true;

/**
 * Schema of one catalog entry of a protocol pack. `category` and `role` are both set (the indicator
 * counts toward that category as primary `P` or supporting `S`) or both null (it is recorded and
 * verified but decides no category). `roleWhen` narrows which findings count, e.g. only line-1
 * occipital fibres count for Category I.
 *
 * Source: REFERENCE §2 (catalog), §3 (roles), §8 (region and PART letter).
 *
 * @example
 * IndicatorSpecSchema.parse({ id: 'heel_tension', name: 'Heel tension', description: 'Achilles/heel tension',
 *   category: 'I', role: 'P', result: 'side_posneg_grade', region: 'pelvic', partLetter: 'T',
 *   sources: ['sources-2'], certainty: 'sourced' });
 */
export const IndicatorSpecSchema = z
  .strictObject({
    id: IndicatorIdSchema,
    name: z.string().min(1).max(120),
    description: z.string().min(1).max(1000),
    category: CategoryIdSchema.nullable(),
    role: z.enum(['P', 'S']).nullable(),
    roleWhen: z.strictObject({ line: z.literal([1, 2, 3]) }).optional(),
    result: z.enum(resultShapeIds),
    region: z.enum(regions).nullable(),
    partLetter: PartLetterSchema.nullable(),
    sources: z.array(z.string().min(1)).min(1),
    certainty: CertaintySchema,
  })
  .refine((spec) => (spec.category === null) === (spec.role === null), {
    message: 'category and role are both set or both null',
    path: ['role'],
  });

/**
 * One indicator of a protocol pack's catalog.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const spec: IndicatorSpec = defaultPack.indicators[0]!;
 */
export type IndicatorSpec = z.infer<typeof IndicatorSpecSchema>;
