import { z } from 'zod';
import { InstrumentIdSchema } from './instrument-id';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Zod schema of a {@link TextPack}: wording (licensed text or a translation) for one instrument
 * version in one language, keyed by item id. `options` are the item's statements in scale order
 * (ODI/NDI: six, for 0–5); `anchors` label the ends of a 0–10 scale. `licence` records the clinic's
 * licence for proprietary wording (required for ODI when applied): the holder, the clinic's licence
 * reference, and the statement the clinic affirms (shown under the questions). `source` names where the
 * wording comes from (the publication of a validated translation, or who translated it); `validated`
 * is true only for the original wording or a published, validated translation — `false` marks an
 * unvalidated translation, whose scores may not match the published change thresholds (absent: not
 * declared).
 *
 * Source: issue 9 ("let a clinic load licensed wording as a text pack … any instrument's wording and
 * translations"); issue 21 (the licence statement the clinic affirms); issue 24 (source named; a
 * translation that is not a published, validated one is marked "unvalidated translation");
 * clinical-notes §2 (licence column).
 *
 * @example
 * TextPackSchema.parse({ instrumentId: 'ndi', version: '1991', language: 'fr-CA',
 *   items: { lifting: { title: 'Soulever des charges' } } });
 */
export const TextPackSchema = z.strictObject({
  instrumentId: InstrumentIdSchema,
  version: text(40),
  /** BCP 47 language tag, e.g. `en-GB`, `fr-CA`. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Must be a BCP 47 language tag such as en-GB or fr-CA.'),
  licence: z
    .strictObject({ holder: text(200), reference: text(200), statement: text(2000).optional() })
    .optional(),
  source: text(500).optional(),
  validated: z.boolean().optional(),
  title: text(200).optional(),
  instructions: text(4000).optional(),
  items: z.record(
    text(60),
    z.strictObject({
      title: text(200).optional(),
      text: text(2000).optional(),
      options: z.array(text(1000)).min(1).optional(),
      anchors: z.strictObject({ min: text(200), max: text(200) }).optional(),
    }),
  ),
});

/**
 * Licensed wording or a translation of one instrument version, in one language, by item id.
 *
 * Source: issue 9.
 *
 * @example
 * const pack: TextPack = { instrumentId: 'odi', version: '2.1a', language: 'en-GB',
 *   licence: { holder: 'Mapi Research Trust', reference: 'licence 1234' }, items: {} };
 */
export type TextPack = z.output<typeof TextPackSchema>;
