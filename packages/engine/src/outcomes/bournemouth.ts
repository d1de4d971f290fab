import type { InstrumentDefinition } from './instrument-definition';
import { itemAnswersSchema, tallyAnswers, type ItemAnswers } from './item-answers';
import { completeScore, incompleteScore, type OutcomeScore } from './outcome-score';
import { parseScoringInput } from './parse-scoring-input';
import type { ScoringContext } from './scoring-context';
import type { Result } from '../errors';

const boltonBreen1999 =
  'Bolton JE, Breen AC. The Bournemouth Questionnaire: a short-form comprehensive outcome measure. I. Psychometric properties in back pain patients. J Manipulative Physiol Ther 1999;22(8):503-10';
const boltonHumphreys2002 =
  'Bolton JE, Humphreys BK. The Bournemouth Questionnaire: a short-form comprehensive outcome measure. II. Psychometric properties in neck pain patients. J Manipulative Physiol Ther 2002;25(3):141-8';
const newellBolton2010 =
  'Newell D, Bolton JE. Responsiveness of the Bournemouth questionnaire in determining minimal clinically important change in subgroups of low back pain patients. Spine 2010;35(19):1801-6';
const licence = {
  kind: 'free-clinical-use',
  holder: 'AECC University College (Bolton et al.)',
  note: 'Free clinical use; downloadable from AECC, which encourages clinicians to use it.',
} as const;
const scale = { min: 0, max: 10 } as const;
const score = { unit: 'points', min: 0, max: 70, higherIsBetter: false } as const;

/**
 * The Bournemouth Questionnaire, back version: 7 items rated 0–10 (higher = worse), total 0–70,
 * no bands; important change 26 points when the episode began acutely, 18 when subacute or chronic.
 *
 * Source: Bolton & Breen 1999; Newell & Bolton 2010 (MCIC); clinical-notes §2.
 *
 * @example
 * bournemouthBack.items.length; // 7
 */
export const bournemouthBack = {
  id: 'bournemouth-back',
  name: 'Bournemouth Questionnaire (back)',
  version: '1999',
  items: [
    { id: 'pain', title: 'Pain intensity' },
    { id: 'daily_activities', title: 'Interference with daily activities' },
    { id: 'social_activities', title: 'Interference with recreational, social and family activities' },
    { id: 'anxiety', title: 'Anxiety' },
    { id: 'depression', title: 'Depression' },
    { id: 'work_effect', title: 'Effect of work on the pain' },
    { id: 'pain_control', title: 'Ability to control the pain' },
  ],
  patientDefinedItems: null,
  itemScale: scale,
  score,
  bands: [],
  importantChange: { kind: 'by-onset', acute: 26, subacute: 18, chronic: 18, source: newellBolton2010 },
  licence,
  sources: [boltonBreen1999, newellBolton2010],
} as const satisfies InstrumentDefinition;

/**
 * The Bournemouth Questionnaire, neck version: the same 7 items (the daily-activities item asks about
 * lifting, reading and driving), total 0–70; no published important-change threshold, so its change
 * is reported with verdict `none`.
 *
 * Source: Bolton & Humphreys 2002; clinical-notes §2.
 *
 * @example
 * bournemouthNeck.importantChange.kind; // 'none'
 */
export const bournemouthNeck = {
  id: 'bournemouth-neck',
  name: 'Bournemouth Questionnaire (neck)',
  version: '2002',
  items: [
    { id: 'pain', title: 'Pain intensity' },
    { id: 'daily_activities', title: 'Interference with daily activities (lifting, reading, driving)' },
    { id: 'social_activities', title: 'Interference with recreational, social and family activities' },
    { id: 'anxiety', title: 'Anxiety' },
    { id: 'depression', title: 'Depression' },
    { id: 'work_effect', title: 'Effect of work on the pain' },
    { id: 'pain_control', title: 'Ability to control the pain' },
  ],
  patientDefinedItems: null,
  itemScale: scale,
  score,
  bands: [],
  importantChange: { kind: 'none', source: `${boltonHumphreys2002}; clinical-notes §2 lists no MCIC` },
  licence,
  sources: [boltonHumphreys2002],
} as const satisfies InstrumentDefinition;

/**
 * The item ids shared by both Bournemouth versions.
 *
 * Source: clinical-notes §2 (Bournemouth items).
 *
 * @example
 * const id: BournemouthItemId = 'anxiety';
 */
export type BournemouthItemId = (typeof bournemouthBack.items)[number]['id'];

/**
 * Bournemouth answers by item id, 0–10 each; null or absent when skipped.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const answers: BournemouthAnswers = { pain: 6, anxiety: 3 };
 */
export type BournemouthAnswers = ItemAnswers<BournemouthItemId>;

const answersSchema = itemAnswersSchema(bournemouthBack.items, scale);

function scoreBournemouth(
  definition: typeof bournemouthBack | typeof bournemouthNeck,
  thresholdFor: (context: ScoringContext) => number | null,
  answers: unknown,
  context: unknown,
): Result<OutcomeScore> {
  const input = parseScoringInput(definition, answersSchema, answers, context);
  if (!input.ok) return input;
  const threshold = thresholdFor(input.value.context);
  const { answered, sum, missing } = tallyAnswers(definition.items, input.value.answers);
  const source = definition.sources[0];
  if (missing.length > 0) {
    const rule = {
      id: 'bournemouth.incomplete',
      text: 'An item is missing: the publication gives no proration, so the total is not scored.',
      source,
    };
    return { ok: true, value: incompleteScore(definition, { answered, missing, threshold, rule }) };
  }
  const rule = { id: 'bournemouth.sum', text: 'Sum of the 7 items (0–70); higher = worse.', source };
  return {
    ok: true,
    value: completeScore(definition, {
      value: sum,
      total: sum,
      percent: null,
      answered,
      missing,
      threshold,
      baseline: input.value.context.baseline,
      rule,
    }),
  };
}

/**
 * Scores the Bournemouth back questionnaire: total = sum of the 7 items (all required). The
 * important-change threshold follows `context.onset`: 26 points for acute, 18 for subacute or chronic;
 * without an onset there is no threshold (`importantChange` null, change verdict `none`).
 *
 * Source: Bolton & Breen 1999 (scoring); Newell & Bolton 2010 (MCIC by onset); clinical-notes §2.
 *
 * @example
 * scoreBournemouthBack({ pain: 7, daily_activities: 6, social_activities: 6, anxiety: 5,
 *   depression: 4, work_effect: 6, pain_control: 5 }, { baseline: 65, onset: 'chronic' });
 * // value 39, change { delta: -26, threshold: 18, verdict: 'improved' }
 */
export function scoreBournemouthBack(
  answers: BournemouthAnswers,
  context: ScoringContext = {},
): Result<OutcomeScore> {
  const byOnset = bournemouthBack.importantChange;
  return scoreBournemouth(
    bournemouthBack,
    ({ onset }) => (onset === undefined ? null : byOnset[onset]),
    answers,
    context,
  );
}

/**
 * Scores the Bournemouth neck questionnaire: total = sum of the 7 items (all required); no
 * important-change threshold, so a change since baseline has verdict `none`.
 *
 * Source: Bolton & Humphreys 2002; clinical-notes §2.
 *
 * @example
 * scoreBournemouthNeck({ pain: 5, daily_activities: 4, social_activities: 3, anxiety: 2,
 *   depression: 2, work_effect: 4, pain_control: 3 }, { baseline: 30 });
 * // value 23, change { delta: -7, threshold: null, verdict: 'none' }
 */
export function scoreBournemouthNeck(
  answers: BournemouthAnswers,
  context: ScoringContext = {},
): Result<OutcomeScore> {
  return scoreBournemouth(bournemouthNeck, () => null, answers, context);
}
