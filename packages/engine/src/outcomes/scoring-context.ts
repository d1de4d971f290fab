import { z } from 'zod';

/**
 * How an episode of care began; the Bournemouth back questionnaire's important-change threshold
 * depends on it. Same values as the episode record.
 *
 * Source: clinical-notes §2 (Bournemouth MCIC: Newell & Bolton 2010).
 *
 * @example
 * const onset: EpisodeOnset = 'subacute';
 */
export const episodeOnsets = ['acute', 'subacute', 'chronic'] as const;

/**
 * One of {@link episodeOnsets}.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const onset: EpisodeOnset = 'acute';
 */
export type EpisodeOnset = (typeof episodeOnsets)[number];

/**
 * The NPRS band tables: `standard` (0 none, 1–3 mild, 4–6 moderate, 7–10 severe; physiotherapy.ca)
 * and `overall-pain` (1–3 mild, 4–7 moderate, 8–10 severe; SCIRE "overall pain").
 *
 * Source: clinical-notes §2 (NPRS row and sources: "make the band table configurable").
 *
 * @example
 * const table: NprsBandTableId = 'overall-pain';
 */
export const nprsBandTableIds = ['standard', 'overall-pain'] as const;

/**
 * One of {@link nprsBandTableIds}.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const table: NprsBandTableId = 'standard';
 */
export type NprsBandTableId = (typeof nprsBandTableIds)[number];

/**
 * Zod schema of the {@link ScoringContext}. One shape serves every instrument; each uses the fields
 * it needs and ignores the rest, so a caller may pass the episode's onset to any of them.
 *
 * Source: issue 9 (change since baseline; Bournemouth threshold by onset).
 *
 * @example
 * ScoringContextSchema.parse({ baseline: 24, onset: 'acute' });
 */
export const ScoringContextSchema = z.strictObject({
  /** The baseline's headline score in the instrument's unit (PSFS: the mean). */
  baseline: z.number().min(0).optional(),
  /** PSFS only: each activity's baseline rating, by activity id. */
  baselineActivities: z.record(z.string().min(1), z.number().min(0).max(10)).optional(),
  onset: z.enum(episodeOnsets).optional(),
  nprsBands: z.enum(nprsBandTableIds).optional(),
});

/**
 * What a scorer needs besides the answers: the baseline to compare with, the episode's onset
 * (Bournemouth back threshold) and, for NPRS, which band table to use.
 *
 * Source: issue 9; clinical-notes §2.
 *
 * @example
 * const context: ScoringContext = { baseline: 35.6, onset: 'chronic' };
 */
export type ScoringContext = z.infer<typeof ScoringContextSchema>;
