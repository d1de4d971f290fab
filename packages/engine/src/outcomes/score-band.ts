import { z } from 'zod';
import { exactSchema } from '../exact-schema';

/**
 * One interpretation band of a questionnaire score, with the published whole-number range in the
 * score's unit (points or percent), both ends inclusive.
 *
 * Source: the band tables of clinical-notes §2 (e.g. NDI raw 0–4 none, 5–14 mild …).
 *
 * @example
 * const mild: ScoreBand = { id: 'mild', label: 'Mild disability', min: 5, max: 14 };
 */
export interface ScoreBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/**
 * The schema of a {@link ScoreBand}.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * ScoreBandSchema.parse({ id: 'mild', label: 'Mild disability', min: 5, max: 14 });
 */
export const ScoreBandSchema = exactSchema<ScoreBand>()(
  z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number() }),
);

/**
 * The band a score falls in. Published bands are whole-number ranges; a score between two of them
 * (a prorated NDI of 34.4, an NPRS mean of 3.3) belongs to the higher band, because it lies above
 * the lower band's upper edge — the NDI author phrases the top band this way ("above 34 = complete").
 * Bands must be ordered from low to high.
 *
 * Source: Vernon H, NDI scoring note (chiro.org/forms/NDI_Explain.shtml), as cited in clinical-notes §2.
 *
 * @param bands - bands ordered by `max`, the last one reaching the score's maximum
 * @param value - the score in the bands' unit
 * @example
 * bandOf(ndiBands, 34.4).id; // 'complete'
 * bandOf(ndiBands, 34).id; // 'severe'
 */
export function bandOf(bands: readonly ScoreBand[], value: number): ScoreBand {
  const band = bands.find((b) => value <= b.max) ?? bands[bands.length - 1];
  if (!band) throw new Error('bandOf needs at least one band');
  return band;
}
