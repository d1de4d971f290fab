import { z } from 'zod';
import type { InstrumentDefinition } from './instrument-definition';
import { completeScore, incompleteScore, type ActivityScore, type OutcomeScore } from './outcome-score';
import { parseScoringInput } from './parse-scoring-input';
import { roundRatioHalfUp } from './round-half-up';
import { compareWithBaseline } from './score-change';
import type { ScoringContext } from './scoring-context';
import type { Result } from '../errors';

const stratford1995 =
  'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can 1995;47(4):258-63';
const mdcSource =
  'clinical-notes §2 (PSFS MDC 90 %: 2 points for the mean, 3 points for one activity; RehabMeasures)';

/**
 * The Patient-Specific Functional Scale: the patient names 3 to 5 activities they find hard and rates
 * each 0 (unable) to 10 (pre-injury level); the score is the mean (higher = better), with no bands.
 * Important change: 2 points for the mean, 3 for one activity. Free to reproduce.
 *
 * Source: Stratford et al. 1995; clinical-notes §2 (PSFS row).
 *
 * @example
 * psfs.patientDefinedItems; // { min: 3, max: 5 }
 */
export const psfs = {
  id: 'psfs',
  name: 'Patient-Specific Functional Scale',
  version: '1995',
  items: [],
  patientDefinedItems: { min: 3, max: 5 },
  itemScale: { min: 0, max: 10 },
  score: { unit: 'points', min: 0, max: 10, higherIsBetter: true },
  bands: [],
  importantChange: { kind: 'mean-and-item', mean: 2, item: 3, source: mdcSource },
  licence: {
    kind: 'free',
    holder: 'Stratford et al.',
    note: 'Free: the authors permit reproduction (RehabMeasures lists cost: free).',
  },
  sources: [stratford1995, mdcSource],
} as const satisfies InstrumentDefinition;

/**
 * Zod schema of {@link PsfsAnswers}: 3–5 activities with unique ids, each rated 0–10 or null when
 * not rated this time.
 *
 * Source: Stratford et al. 1995; issue 9 ("3–5 patient-named activities 0–10").
 *
 * @example
 * PsfsAnswersSchema.safeParse({ activities: [{ id: 'a', score: 4 }] }).success; // false (fewer than 3)
 */
export const PsfsAnswersSchema = z.strictObject({
  activities: z
    .array(
      z.strictObject({
        id: z.string().trim().min(1).max(40),
        label: z.string().trim().min(1).max(200).optional(),
        score: z.number().int().min(0).max(10).nullable(),
      }),
    )
    .min(psfs.patientDefinedItems.min)
    .max(psfs.patientDefinedItems.max)
    .superRefine((activities, ctx) => {
      const seen = new Set<string>();
      activities.forEach((activity, index) => {
        if (seen.has(activity.id))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `Duplicate activity id "${activity.id}".`,
          });
        seen.add(activity.id);
      });
    }),
});

/**
 * PSFS answers: the patient's activities, each with a stable id (so follow-ups compare the same
 * activity), the patient's name for it and today's 0–10 rating.
 *
 * Source: Stratford et al. 1995.
 *
 * @example
 * const answers: PsfsAnswers = { activities: [{ id: 'a1', label: 'Gardening', score: 3 }, …] };
 */
export type PsfsAnswers = z.input<typeof PsfsAnswersSchema>;

/**
 * Scores the PSFS: the mean of the activity ratings, rounded half up to one decimal (all activities
 * must be rated, else incomplete). Each activity is compared with `context.baselineActivities[id]`
 * (threshold 3, higher = better) and the mean with `context.baseline` (threshold 2). An activity
 * without a baseline rating has no change.
 *
 * Source: Stratford et al. 1995 (mean score); clinical-notes §2 (MDC 2 / 3 points).
 *
 * @example
 * scorePsfs({ activities: [{ id: 'a', score: 6 }, { id: 'b', score: 7 }, { id: 'c', score: 6 }, { id: 'd', score: 6 }] },
 *   { baseline: 4.2, baselineActivities: { a: 3 } });
 * // value 6.3 (25 / 4 = 6.25 half up), change { delta: 2.1, verdict: 'improved' },
 * // activities[0].change { delta: 3, verdict: 'improved' }
 */
export function scorePsfs(answers: PsfsAnswers, context: ScoringContext = {}): Result<OutcomeScore> {
  const input = parseScoringInput(psfs, PsfsAnswersSchema, answers, context);
  if (!input.ok) return input;
  const { answers: parsed, context: scoringContext } = input.value;
  const { mean: meanThreshold, item: itemThreshold } = psfs.importantChange;
  const activities: ActivityScore[] = parsed.activities.map((activity) => {
    const baseline = scoringContext.baselineActivities?.[activity.id];
    return {
      id: activity.id,
      label: activity.label ?? null,
      score: activity.score,
      change:
        baseline === undefined || activity.score === null
          ? null
          : compareWithBaseline(activity.score, baseline, itemThreshold, true),
    };
  });
  const rated = activities.flatMap((activity) => (activity.score === null ? [] : [activity.score]));
  const missing = activities.filter((activity) => activity.score === null).map((activity) => activity.id);
  if (missing.length > 0) {
    const rule = {
      id: 'psfs.incomplete',
      text: 'An activity is not rated: the mean is not scored (per-activity changes still shown).',
      source: stratford1995,
    };
    return {
      ok: true,
      value: incompleteScore(psfs, {
        answered: rated.length,
        missing,
        threshold: meanThreshold,
        rule,
        activities,
      }),
    };
  }
  const sum = rated.reduce((total, score) => total + score, 0);
  const rule = {
    id: 'psfs.mean',
    text: `Mean of the ${rated.length} activity ratings (0–10, higher = better), rounded half up to one decimal.`,
    source: stratford1995,
  };
  return {
    ok: true,
    value: completeScore(psfs, {
      value: roundRatioHalfUp(sum, rated.length),
      total: null,
      percent: null,
      answered: rated.length,
      missing,
      threshold: meanThreshold,
      baseline: scoringContext.baseline,
      rule,
      activities,
    }),
  };
}
