import type { InstrumentDefinition } from './instrument-definition';
import { itemAnswersSchema, tallyAnswers, type ItemAnswers } from './item-answers';
import { completeScore, incompleteScore, type OutcomeScore } from './outcome-score';
import { parseScoringInput } from './parse-scoring-input';
import { roundRatioHalfUp } from './round-half-up';
import type { ScoringContext } from './scoring-context';
import type { Result } from '../errors';

const fairbank2000 =
  'Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940-52 (scoring: sum / (5 × sections answered) × 100)';

/**
 * The Oswestry Disability Index v2.1a: 10 sections scored 0–5, percent = sum / (5 × answered) × 100,
 * five bands, important change about 10 percentage points. Proprietary (© Jeremy Fairbank, distributed
 * by Mapi Research Trust): SOT Chart ships section titles and scoring only; a licensed clinic loads
 * the statement text as a text pack.
 *
 * Source: Fairbank & Pynsent, Spine 2000; clinical-notes §2 (ODI row: bands, MCID, licence).
 *
 * @example
 * odi.version; // '2.1a'
 * odi.items[7]; // { id: 'sex_life', title: 'Sex life (if applicable)' }
 */
export const odi = {
  id: 'odi',
  name: 'Oswestry Disability Index',
  version: '2.1a',
  items: [
    { id: 'pain_intensity', title: 'Pain intensity' },
    { id: 'personal_care', title: 'Personal care' },
    { id: 'lifting', title: 'Lifting' },
    { id: 'walking', title: 'Walking' },
    { id: 'sitting', title: 'Sitting' },
    { id: 'standing', title: 'Standing' },
    { id: 'sleeping', title: 'Sleeping' },
    { id: 'sex_life', title: 'Sex life (if applicable)' },
    { id: 'social_life', title: 'Social life' },
    { id: 'travelling', title: 'Travelling' },
  ],
  patientDefinedItems: null,
  itemScale: { min: 0, max: 5 },
  score: { unit: 'percent', min: 0, max: 100, higherIsBetter: false },
  bands: [
    { id: 'minimal', label: 'Minimal disability', min: 0, max: 20 },
    { id: 'moderate', label: 'Moderate disability', min: 21, max: 40 },
    { id: 'severe', label: 'Severe disability', min: 41, max: 60 },
    { id: 'crippled', label: 'Crippled (publication term)', min: 61, max: 80 },
    { id: 'bed-bound-or-exaggerating', label: 'Bed-bound or exaggerating symptoms', min: 81, max: 100 },
  ],
  importantChange: {
    kind: 'fixed',
    points: 10,
    source: 'clinical-notes §2: ODI MCID ≈ 10 percentage points (MDC 90 %)',
  },
  licence: {
    kind: 'proprietary',
    holder: 'Jeremy Fairbank; distributed by Mapi Research Trust (ePROVIDE)',
    note: 'Free for students, clinical practice and non-funded academics; fees may apply for funded academics, healthcare organisations, commercial users and IT companies. A software vendor needs a licence before embedding the statement text.',
  },
  sources: [fairbank2000, 'ODI v2.1a section list and bands as summarised in clinical-notes §2'],
} as const satisfies InstrumentDefinition;

/**
 * The section ids of {@link odi}.
 *
 * Source: clinical-notes §2 (ODI v2.1a sections).
 *
 * @example
 * const id: OdiItemId = 'travelling';
 */
export type OdiItemId = (typeof odi.items)[number]['id'];

/**
 * ODI answers by section id, 0 (first statement) to 5 (last); null or absent when unanswered or not
 * applicable (e.g. sex life).
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const answers: OdiAnswers = { pain_intensity: 3, sex_life: null };
 */
export type OdiAnswers = ItemAnswers<OdiItemId>;

const answersSchema = itemAnswersSchema(odi.items, odi.itemScale);

/**
 * Scores the ODI v2.1a: percent = sum / (5 × sections answered) × 100, rounded half up to one
 * decimal; each unanswered or not-applicable section drops 5 from the denominator. `total` is the
 * raw sum of the answered sections. With no section answered it is incomplete.
 *
 * Source: Fairbank & Pynsent, Spine 2000; clinical-notes §2 (worked example 16 / 45 = 35.6 %).
 *
 * @example
 * scoreOdi({ pain_intensity: 2, personal_care: 1, lifting: 3, walking: 1, sitting: 2,
 *   standing: 2, sleeping: 1, sex_life: null, social_life: 2, travelling: 2 });
 * // value 35.6 (16 / 45), total 16, band 'moderate'
 */
export function scoreOdi(answers: OdiAnswers, context: ScoringContext = {}): Result<OutcomeScore> {
  const input = parseScoringInput(odi, answersSchema, answers, context);
  if (!input.ok) return input;
  const { answered, sum, missing } = tallyAnswers(odi.items, input.value.answers);
  const threshold = odi.importantChange.points;
  if (answered === 0) {
    const rule = {
      id: 'odi.none-answered',
      text: 'No section answered: the ODI cannot be scored.',
      source: fairbank2000,
    };
    return { ok: true, value: incompleteScore(odi, { answered, missing, threshold, rule }) };
  }
  const rule =
    missing.length === 0
      ? {
          id: 'odi.all-answered',
          text: 'All 10 sections answered: percent = sum / 50 × 100.',
          source: fairbank2000,
        }
      : {
          id: 'odi.proportional',
          text: `${missing.length} section(s) unanswered or not applicable: percent = sum / (5 × ${answered}) × 100, rounded half up to one decimal.`,
          source: fairbank2000,
        };
  const percent = roundRatioHalfUp(sum * 100, 5 * answered);
  return {
    ok: true,
    value: completeScore(odi, {
      value: percent,
      total: sum,
      percent,
      answered,
      missing,
      threshold,
      baseline: input.value.context.baseline,
      rule,
    }),
  };
}
