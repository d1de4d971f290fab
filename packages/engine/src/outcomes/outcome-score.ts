import { z } from 'zod';
import { exactSchema } from '../exact-schema';
import type { InstrumentDefinition } from './instrument-definition';
import { InstrumentIdSchema, type InstrumentId } from './instrument-id';
import { bandOf, type ScoreBand } from './score-band';
import { compareWithBaseline, ScoreChangeSchema, type ScoreChange } from './score-change';

/**
 * The scoring rule a result was computed by, with its source, so a report can show how a number came
 * about (e.g. "one item missing: prorated").
 *
 * Source: ARCHITECTURE.md ("every rule names its source").
 *
 * @example
 * const rule: ScoringRule = { id: 'ndi.prorated', text: 'One item missing …', source: 'Vernon H …' };
 */
export interface ScoringRule {
  readonly id: string;
  readonly text: string;
  readonly source: string;
}

/**
 * One PSFS activity: its id and the patient's name for it, the 0–10 rating (null when not rated) and
 * its change since the baseline rating of the same activity id (threshold 3 points).
 *
 * Source: clinical-notes §2 (PSFS: MDC 90 % 3 points for one activity).
 *
 * @example
 * const activity: ActivityScore = { id: 'a1', label: 'Lifting my child', score: 7, change: null };
 */
export interface ActivityScore {
  readonly id: string;
  readonly label: string | null;
  readonly score: number | null;
  readonly change: ScoreChange | null;
}

/**
 * A scored questionnaire. `value` is the headline score in `unit` (NDI raw points, ODI percent,
 * PSFS mean, NPRS rating, Bournemouth total); `total` is the raw sum where the instrument has one
 * (NDI prorated when one item is missing), `percent` where it has one. Everything that depends on
 * the score is null while `status` is `incomplete`. Decimals are rounded half up to one place.
 *
 * Source: clinical-notes §2; issue 9 (each score carries version, band, threshold and change).
 *
 * @example
 * const s: OutcomeScore = scoreNdi({ …nine items… }).value; // s.status === 'complete', s.rule.id === 'ndi.prorated'
 */
export interface OutcomeScore {
  readonly instrumentId: InstrumentId;
  readonly version: string;
  readonly status: 'complete' | 'incomplete';
  readonly answered: number;
  /** Item (or PSFS activity) ids left unanswered or not applicable. */
  readonly missing: readonly string[];
  readonly unit: 'points' | 'percent';
  readonly value: number | null;
  readonly total: number | null;
  readonly percent: number | null;
  readonly band: { readonly id: string; readonly label: string } | null;
  /** The important-change threshold used, in `unit`; null when the instrument (or context) gives none. */
  readonly importantChange: number | null;
  /** Change since `context.baseline`; null without a baseline or while incomplete. */
  readonly change: ScoreChange | null;
  /** PSFS only: each activity's rating and change; null for other instruments. */
  readonly activities: readonly ActivityScore[] | null;
  readonly rule: ScoringRule;
}

/**
 * The schema of an {@link OutcomeScore}, as the API answers it with a stored questionnaire.
 *
 * Source: clinical-notes §2; issue 9.
 *
 * @example
 * OutcomeScoreSchema.parse(scoreNdi(answers).value);
 */
export const OutcomeScoreSchema = exactSchema<OutcomeScore>()(
  z.object({
    instrumentId: InstrumentIdSchema,
    version: z.string(),
    status: z.enum(['complete', 'incomplete']),
    answered: z.number().int().min(0),
    missing: z.array(z.string()),
    unit: z.enum(['points', 'percent']),
    value: z.number().nullable(),
    total: z.number().nullable(),
    percent: z.number().nullable(),
    band: z.object({ id: z.string(), label: z.string() }).nullable(),
    importantChange: z.number().nullable(),
    change: ScoreChangeSchema.nullable(),
    activities: z
      .array(
        z.object({
          id: z.string(),
          label: z.string().nullable(),
          score: z.number().nullable(),
          change: ScoreChangeSchema.nullable(),
        }),
      )
      .nullable(),
    rule: z.object({ id: z.string(), text: z.string(), source: z.string() }),
  }),
);

/**
 * Builds a complete {@link OutcomeScore}: looks up the band of `value` and compares it with the
 * baseline when one is given.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * completeScore(ndi, { value: 24, total: 24, percent: 48, answered: 10, missing: [], threshold: 5, baseline: 30, rule });
 */
export function completeScore(
  definition: InstrumentDefinition,
  parts: {
    readonly value: number;
    readonly total: number | null;
    readonly percent: number | null;
    readonly answered: number;
    readonly missing: readonly string[];
    readonly threshold: number | null;
    readonly baseline: number | undefined;
    readonly rule: ScoringRule;
    readonly bands?: readonly ScoreBand[];
    readonly activities?: readonly ActivityScore[];
  },
): OutcomeScore {
  const bands = parts.bands ?? definition.bands;
  const band = bands.length === 0 ? null : bandOf(bands, parts.value);
  return {
    instrumentId: definition.id,
    version: definition.version,
    status: 'complete',
    answered: parts.answered,
    missing: parts.missing,
    unit: definition.score.unit,
    value: parts.value,
    total: parts.total,
    percent: parts.percent,
    band: band === null ? null : { id: band.id, label: band.label },
    importantChange: parts.threshold,
    change:
      parts.baseline === undefined
        ? null
        : compareWithBaseline(parts.value, parts.baseline, parts.threshold, definition.score.higherIsBetter),
    activities: parts.activities ?? null,
    rule: parts.rule,
  };
}

/**
 * Builds an incomplete {@link OutcomeScore}: too many items missing to score by the instrument's rule,
 * so no value, band or change — never an imputed number.
 *
 * Source: clinical-notes §2 ("never impute beyond the rules").
 *
 * @example
 * incompleteScore(ndi, { answered: 8, missing: ['driving', 'work'], threshold: 5, rule });
 */
export function incompleteScore(
  definition: InstrumentDefinition,
  parts: {
    readonly answered: number;
    readonly missing: readonly string[];
    readonly threshold: number | null;
    readonly rule: ScoringRule;
    readonly activities?: readonly ActivityScore[];
  },
): OutcomeScore {
  return {
    instrumentId: definition.id,
    version: definition.version,
    status: 'incomplete',
    answered: parts.answered,
    missing: parts.missing,
    unit: definition.score.unit,
    value: null,
    total: null,
    percent: null,
    band: null,
    importantChange: parts.threshold,
    change: null,
    activities: parts.activities ?? null,
    rule: parts.rule,
  };
}
