import type { InstrumentDefinition } from './instrument-definition';
import { itemAnswersSchema, tallyAnswers, type ItemAnswers } from './item-answers';
import { completeScore, incompleteScore, type OutcomeScore } from './outcome-score';
import { parseScoringInput } from './parse-scoring-input';
import { roundRatioHalfUp } from './round-half-up';
import type { ScoringContext } from './scoring-context';
import type { Result } from '../errors';

const vernonNote =
  'Vernon H, The Neck Disability Index, author scoring note (chiro.org/forms/NDI_Explain.shtml)';

/**
 * The Neck Disability Index (Vernon & Mior 1991): 10 sections scored 0–5, raw 0–50 (× 2 = percent),
 * bands on the raw score, important change 5 raw points. Only section titles ship: the author's terms
 * for commercial redistribution of the statement text are unconfirmed.
 *
 * Source: Vernon H, Mior S. J Manipulative Physiol Ther 1991;14(7):409–15; Vernon's scoring note;
 * clinical-notes §2 (NDI row).
 *
 * @example
 * ndi.items.map((i) => i.id); // ['pain_intensity', 'personal_care', …, 'recreation']
 */
export const ndi = {
  id: 'ndi',
  name: 'Neck Disability Index',
  version: '1991',
  items: [
    { id: 'pain_intensity', title: 'Pain intensity' },
    { id: 'personal_care', title: 'Personal care' },
    { id: 'lifting', title: 'Lifting' },
    { id: 'reading', title: 'Reading' },
    { id: 'headaches', title: 'Headaches' },
    { id: 'concentration', title: 'Concentration' },
    { id: 'work', title: 'Work' },
    { id: 'driving', title: 'Driving' },
    { id: 'sleeping', title: 'Sleeping' },
    { id: 'recreation', title: 'Recreation' },
  ],
  patientDefinedItems: null,
  itemScale: { min: 0, max: 5 },
  score: { unit: 'points', min: 0, max: 50, higherIsBetter: false },
  bands: [
    { id: 'none', label: 'No disability', min: 0, max: 4 },
    { id: 'mild', label: 'Mild disability', min: 5, max: 14 },
    { id: 'moderate', label: 'Moderate disability', min: 15, max: 24 },
    { id: 'severe', label: 'Severe disability', min: 25, max: 34 },
    { id: 'complete', label: 'Complete disability', min: 35, max: 50 },
  ],
  importantChange: {
    kind: 'fixed',
    points: 5,
    source: `${vernonNote}: minimum detectable change = MCID = 5 raw points`,
  },
  licence: {
    kind: 'free-clinical-use',
    holder: 'Howard Vernon',
    note: 'Author-copyrighted; the author article encourages duplication and use in practice. Terms for commercial or electronic redistribution are unconfirmed: ask the author before bundling the statement text.',
  },
  sources: [
    'Vernon H, Mior S. The Neck Disability Index: a study of reliability and validity. J Manipulative Physiol Ther 1991;14(7):409-15',
    vernonNote,
  ],
} as const satisfies InstrumentDefinition;

/**
 * The section ids of {@link ndi}.
 *
 * Source: clinical-notes §2 (NDI items).
 *
 * @example
 * const id: NdiItemId = 'driving';
 */
export type NdiItemId = (typeof ndi.items)[number]['id'];

/**
 * NDI answers by section id, 0 (first statement) to 5 (last); null or absent when skipped.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const answers: NdiAnswers = { pain_intensity: 2, driving: null };
 */
export type NdiAnswers = ItemAnswers<NdiItemId>;

const answersSchema = itemAnswersSchema(ndi.items, ndi.itemScale);

/**
 * Scores the NDI. All 10 answered: raw = sum, percent = 2 × raw. One missing: the mean of the 9
 * answered sections is added to their sum (author's rule), i.e. raw = sum × 10 / 9 and
 * percent = sum × 20 / 9, each rounded half up to one decimal. Two or more missing: incomplete.
 * The headline `value` is the raw score, which the bands and the 5-point threshold use.
 *
 * Source: Vernon H, NDI author scoring note ("the average of all other items is then added");
 * clinical-notes §2 (NDI row).
 *
 * @example
 * scoreNdi({ pain_intensity: 2, personal_care: 2, lifting: 2, reading: 2, headaches: 2,
 *   concentration: 2, work: 2, driving: null, sleeping: 2, recreation: 2 });
 * // value 20 (18 × 10 / 9), percent 40, band 'moderate', rule 'ndi.prorated'
 */
export function scoreNdi(answers: NdiAnswers, context: ScoringContext = {}): Result<OutcomeScore> {
  const input = parseScoringInput(ndi, answersSchema, answers, context);
  if (!input.ok) return input;
  const { answered, sum, missing } = tallyAnswers(ndi.items, input.value.answers);
  const threshold = ndi.importantChange.points;
  const baseline = input.value.context.baseline;
  if (missing.length === 0) {
    const rule = {
      id: 'ndi.complete',
      text: 'All 10 sections answered: raw = sum (0–50), percent = raw × 2.',
      source: vernonNote,
    };
    return {
      ok: true,
      value: completeScore(ndi, {
        value: sum,
        total: sum,
        percent: sum * 2,
        answered,
        missing,
        threshold,
        baseline,
        rule,
      }),
    };
  }
  if (missing.length === 1) {
    const rule = {
      id: 'ndi.prorated',
      text: 'One section missing: the mean of the 9 answered sections is added to their sum (raw = sum × 10 / 9), rounded half up to one decimal.',
      source: vernonNote,
    };
    const raw = roundRatioHalfUp(sum * 10, 9);
    const percent = roundRatioHalfUp(sum * 20, 9);
    return {
      ok: true,
      value: completeScore(ndi, {
        value: raw,
        total: raw,
        percent,
        answered,
        missing,
        threshold,
        baseline,
        rule,
      }),
    };
  }
  const rule = {
    id: 'ndi.incomplete',
    text: 'More than one section missing: the author prorates only one, so the NDI is not scored.',
    source: vernonNote,
  };
  return { ok: true, value: incompleteScore(ndi, { answered, missing, threshold, rule }) };
}
