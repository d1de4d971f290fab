import { z } from 'zod';
import { segments } from '../findings/segment';
import type { PartLetter } from '../protocol/indicator-spec';
import { extraspinalRegions } from './cpt-region';

const PartLettersSchema = z
  .array(z.enum(['P', 'A', 'R', 'T'] satisfies PartLetter[]))
  .max(4)
  .refine((letters) => new Set(letters).size === letters.length, 'Each PART letter may appear once.');

/**
 * Zod schema of a visit's {@link CodingInput}. Segments, PART letters and extraspinal regions may each
 * appear once.
 *
 * Source: issue 10 ("Coding suggestions in the engine"); REFERENCE §8.
 *
 * @example
 * CodingInputSchema.parse({ adjustedSegments: [{ segment: 'L5', part: ['P', 'A'] }], blocking: null,
 *   cranial: false, extraspinalRegions: [], phase: 'active', abnOnFile: false });
 */
export const CodingInputSchema = z.strictObject({
  /** Segments adjusted this visit, each with the PART letters the practitioner confirmed there. */
  adjustedSegments: z
    .array(z.strictObject({ segment: z.enum(segments), part: PartLettersSchema }))
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.segment))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'segment'],
            message: `${entry.segment} is listed twice.`,
          });
        seen.add(entry.segment);
      });
    }),
  /** Pelvic blocking done this visit (treatment of the pelvic region, IL), with the PART letters at IL. */
  blocking: z.strictObject({ part: PartLettersSchema }).nullable(),
  /** Cranial work done this visit (head region, extraspinal). */
  cranial: z.boolean(),
  /** Other extraspinal regions adjusted (extremities, rib cage, abdomen, head e.g. TMJ). */
  extraspinalRegions: z
    .array(z.enum(extraspinalRegions))
    .refine((regions) => new Set(regions).size === regions.length, 'Each region may appear once.'),
  /** The episode's care phase; drives the AT / GA hint. */
  phase: z.enum(['active', 'maintenance']),
  /** Whether a valid ABN is on file for this episode. */
  abnOnFile: z.boolean(),
});

/**
 * What a visit's coding suggestion is computed from: adjusted segments with their PART letters,
 * blocking, cranial and other extraspinal work, the episode's care phase and ABN status.
 *
 * Source: issue 10; clinical-notes §1.1, §1.4–1.6; REFERENCE §8.
 *
 * @example
 * const input: CodingInput = { adjustedSegments: [{ segment: 'C1', part: ['A', 'T'] }], blocking: { part: ['A', 'P'] },
 *   cranial: true, extraspinalRegions: [], phase: 'active', abnOnFile: false };
 */
export type CodingInput = z.input<typeof CodingInputSchema>;
