import type { InstrumentDefinition } from './instrument-definition';
import { itemAnswersSchema, type ItemAnswers } from './item-answers';
import { completeScore, incompleteScore, type OutcomeScore } from './outcome-score';
import { parseScoringInput } from './parse-scoring-input';
import { roundRatioHalfUp } from './round-half-up';
import type { ScoreBand } from './score-band';
import type { NprsBandTableId, ScoringContext } from './scoring-context';
import type { Result } from '../errors';

const physiotherapyCa =
  'Canadian Physiotherapy Association, Pain Science Division: Numeric Rating Scale (NRS-11)';
const scire = 'SCIRE Project: Numeric Pain Rating Scale (overall-pain bands 1–3 / 4–7 / 8–10)';

/**
 * The NPRS band tables by id: `standard` (0 none, 1–3 mild, 4–6 moderate, 7–10 severe) and
 * `overall-pain` (0 none, 1–3 mild, 4–7 moderate, 8–10 severe).
 *
 * Source: physiotherapy.ca NRS-11 page (standard); SCIRE Project NPRS page (overall pain);
 * clinical-notes §2 ("make the band table configurable").
 *
 * @example
 * nprsBandTables['overall-pain'][2]; // { id: 'moderate', label: 'Moderate pain', min: 4, max: 7 }
 */
export const nprsBandTables: Readonly<Record<NprsBandTableId, readonly ScoreBand[]>> = {
  standard: [
    { id: 'none', label: 'No pain', min: 0, max: 0 },
    { id: 'mild', label: 'Mild pain', min: 1, max: 3 },
    { id: 'moderate', label: 'Moderate pain', min: 4, max: 6 },
    { id: 'severe', label: 'Severe pain', min: 7, max: 10 },
  ],
  'overall-pain': [
    { id: 'none', label: 'No pain', min: 0, max: 0 },
    { id: 'mild', label: 'Mild pain', min: 1, max: 3 },
    { id: 'moderate', label: 'Moderate pain', min: 4, max: 7 },
    { id: 'severe', label: 'Severe pain', min: 8, max: 10 },
  ],
};

/**
 * The 11-point Numeric Pain Rating Scale: 0 = no pain … 10 = worst imaginable; either the current
 * rating alone or current, best and worst over the last 24 hours, averaged. Important change 2 points.
 * Free to use.
 *
 * Source: physiotherapy.ca NRS-11 page; clinical-notes §2 (NPRS row).
 *
 * @example
 * nprs.items.map((i) => i.id); // ['current', 'best', 'worst']
 */
export const nprs = {
  id: 'nprs',
  name: 'Numeric Pain Rating Scale',
  version: 'NRS-11',
  items: [
    { id: 'current', title: 'Pain now' },
    { id: 'best', title: 'Least pain in the last 24 hours' },
    { id: 'worst', title: 'Worst pain in the last 24 hours' },
  ],
  patientDefinedItems: null,
  itemScale: { min: 0, max: 10 },
  score: { unit: 'points', min: 0, max: 10, higherIsBetter: false },
  bands: nprsBandTables.standard,
  importantChange: { kind: 'fixed', points: 2, source: `${physiotherapyCa}: MCID 2 points` },
  licence: { kind: 'free', holder: 'Public domain scale', note: 'Free (RehabMeasures lists cost: free).' },
  sources: [physiotherapyCa, scire],
} as const satisfies InstrumentDefinition;

/**
 * The NPRS item ids: `current`, and optionally `best` and `worst` over 24 hours.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const id: NprsItemId = 'worst';
 */
export type NprsItemId = (typeof nprs.items)[number]['id'];

/**
 * NPRS answers, 0–10 each.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const answers: NprsAnswers = { current: 6 };
 */
export type NprsAnswers = ItemAnswers<NprsItemId>;

const answersSchema = itemAnswersSchema(nprs.items, nprs.itemScale);

/**
 * Scores the NPRS: the current rating alone, or — when best and worst over 24 hours are also given —
 * the mean of the three, rounded half up to one decimal. Any other combination is incomplete (the
 * three-rating form needs all three). Bands come from `context.nprsBands` (default `standard`);
 * a mean between two bands' whole-number ranges belongs to the higher band.
 *
 * Source: physiotherapy.ca NRS-11 page ("the number, or mean of 3"); clinical-notes §2.
 *
 * @example
 * scoreNprs({ current: 4, best: 2, worst: 7 }); // value 4.3, band 'moderate'
 * scoreNprs({ current: 6 }, { baseline: 8 }); // value 6, change { delta: -2, verdict: 'improved' }
 */
export function scoreNprs(answers: NprsAnswers, context: ScoringContext = {}): Result<OutcomeScore> {
  const input = parseScoringInput(nprs, answersSchema, answers, context);
  if (!input.ok) return input;
  const { answers: ratings, context: scoringContext } = input.value;
  const current = ratings.current ?? null;
  const best = ratings.best ?? null;
  const worst = ratings.worst ?? null;
  const threshold = nprs.importantChange.points;
  const bands = nprsBandTables[scoringContext.nprsBands ?? 'standard'];
  const baseline = scoringContext.baseline;
  if (current !== null && best === null && worst === null) {
    const rule = { id: 'nprs.single', text: 'Current rating, 0–10.', source: physiotherapyCa };
    return {
      ok: true,
      value: completeScore(nprs, {
        value: current,
        total: null,
        percent: null,
        answered: 1,
        missing: [],
        threshold,
        baseline,
        rule,
        bands,
      }),
    };
  }
  if (current !== null && best !== null && worst !== null) {
    const rule = {
      id: 'nprs.mean-of-three',
      text: 'Mean of current, best and worst over 24 hours, rounded half up to one decimal.',
      source: physiotherapyCa,
    };
    const mean = roundRatioHalfUp(current + best + worst, 3);
    return {
      ok: true,
      value: completeScore(nprs, {
        value: mean,
        total: null,
        percent: null,
        answered: 3,
        missing: [],
        threshold,
        baseline,
        rule,
        bands,
      }),
    };
  }
  const rule = {
    id: 'nprs.incomplete',
    text: 'Give the current rating alone, or current, best and worst together.',
    source: physiotherapyCa,
  };
  const missing = nprs.items.map((item) => item.id).filter((id) => (ratings[id] ?? null) === null);
  const answered = nprs.items.length - missing.length;
  return { ok: true, value: incompleteScore(nprs, { answered, missing, threshold, rule }) };
}
