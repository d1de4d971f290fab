import { scoreBournemouthBack, scoreBournemouthNeck, type BournemouthAnswers } from './bournemouth';
import { InstrumentIdSchema, type InstrumentId } from './instrument-id';
import { scoreNdi, type NdiAnswers } from './ndi';
import { scoreNprs, type NprsAnswers } from './nprs';
import { scoreOdi, type OdiAnswers } from './odi';
import type { OutcomeScore } from './outcome-score';
import { scorePsfs, type PsfsAnswers } from './psfs';
import type { ScoringContext } from './scoring-context';
import { validationFailed, type Result } from '../errors';
import { zodDetails } from '../zod-details';

// Each scorer validates its own answers and context, so untyped input may be handed straight on.
const scorers: Readonly<Record<InstrumentId, (answers: unknown, context: unknown) => Result<OutcomeScore>>> =
  {
    nprs: (answers, context) => scoreNprs(answers as NprsAnswers, context as ScoringContext),
    psfs: (answers, context) => scorePsfs(answers as PsfsAnswers, context as ScoringContext),
    'bournemouth-back': (answers, context) =>
      scoreBournemouthBack(answers as BournemouthAnswers, context as ScoringContext),
    'bournemouth-neck': (answers, context) =>
      scoreBournemouthNeck(answers as BournemouthAnswers, context as ScoringContext),
    ndi: (answers, context) => scoreNdi(answers as NdiAnswers, context as ScoringContext),
    odi: (answers, context) => scoreOdi(answers as OdiAnswers, context as ScoringContext),
  };

/**
 * Scores any supported questionnaire from untrusted input — the one function the server calls.
 * The instrument id, the answers (zod schema of that instrument) and the context are validated;
 * bad input is `VALIDATION_FAILED` with paths `instrumentId`, `answers.…` and `context.…`.
 *
 * Source: issue 9 ("Scoring in the engine"); clinical-notes §2 (scoring rules per instrument).
 *
 * @param instrumentId - one of `nprs`, `psfs`, `bournemouth-back`, `bournemouth-neck`, `ndi`, `odi`
 * @param answers - item answers by id (PSFS: `{ activities: [...] }`)
 * @param context - optional {@link ScoringContext}: baseline, onset, NPRS band table
 * @example
 * const result = scoreQuestionnaire('ndi', { pain_intensity: 3, … }, { baseline: 30 });
 * if (result.ok) result.value.change?.verdict; // 'improved' | 'unchanged' | 'worse'
 */
export function scoreQuestionnaire(
  instrumentId: string,
  answers: unknown,
  context: unknown = {},
): Result<OutcomeScore> {
  const id = InstrumentIdSchema.safeParse(instrumentId);
  if (!id.success) return validationFailed(zodDetails(id.error.issues, 'instrumentId'));
  return scorers[id.data](answers, context);
}
