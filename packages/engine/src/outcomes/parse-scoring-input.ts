import { z } from 'zod';
import type { InstrumentDefinition } from './instrument-definition';
import { ScoringContextSchema, type ScoringContext } from './scoring-context';
import { validationFailed, type Result } from '../errors';
import { zodDetails } from '../zod-details';

/**
 * Validates a scorer's answers (against the instrument's schema) and context (against
 * {@link ScoringContextSchema}, with the baseline inside the instrument's score range), reporting
 * every bad field at once under `answers.…` and `context.…`.
 *
 * Source: STYLE.md rule 6 (invalid input is a `VALIDATION_FAILED` value); clinical-notes §2 (ranges).
 *
 * @example
 * parseScoringInput(ndi, ndiAnswersSchema, { lifting: 9 }, {}); // { ok: false, … path 'answers.lifting' }
 */
export function parseScoringInput<T>(
  definition: InstrumentDefinition,
  answersSchema: z.ZodType<T>,
  answers: unknown,
  context: unknown,
): Result<{ readonly answers: T; readonly context: ScoringContext }> {
  const parsedAnswers = answersSchema.safeParse(answers);
  const contextSchema = ScoringContextSchema.extend({
    baseline: z.number().min(definition.score.min).max(definition.score.max).optional(),
  });
  const parsedContext = contextSchema.safeParse(context ?? {});
  if (!parsedAnswers.success || !parsedContext.success)
    return validationFailed([
      ...(parsedAnswers.success ? [] : zodDetails(parsedAnswers.error.issues, 'answers')),
      ...(parsedContext.success ? [] : zodDetails(parsedContext.error.issues, 'context')),
    ]);
  return { ok: true, value: { answers: parsedAnswers.data, context: parsedContext.data } };
}
