import { z } from 'zod';
import type { InstrumentItem } from './instrument-definition';

/**
 * Answers to a fixed-item questionnaire, by item id: the chosen scale value, or `null` / absent when
 * the item was left unanswered or marked not applicable.
 *
 * Source: clinical-notes §2 ("store every item answer").
 *
 * @example
 * const answers: ItemAnswers<'pain' | 'sleep'> = { pain: 3, sleep: null };
 */
export type ItemAnswers<K extends string> = { readonly [id in K]?: number | null };

/**
 * Zod schema of {@link ItemAnswers} for the given items and scale: whole numbers in range, unknown
 * item ids rejected.
 *
 * Source: clinical-notes §2 (item scales).
 *
 * @example
 * itemAnswersSchema(ndi.items, ndi.itemScale).safeParse({ lifting: 6 }).success; // false
 */
export function itemAnswersSchema(
  items: readonly InstrumentItem[],
  scale: { readonly min: number; readonly max: number },
): z.ZodType<Readonly<Record<string, number | null | undefined>>> {
  const answer = z.number().int().min(scale.min).max(scale.max).nullable().optional();
  return z.strictObject(Object.fromEntries(items.map((item) => [item.id, answer])));
}

/**
 * The answered and the missing items of a validated answer set, in item order, with the sum of the
 * answered values.
 *
 * Source: clinical-notes §2 (missing-item rules are per instrument; this only counts).
 *
 * @example
 * tallyAnswers(ndi.items, { pain_intensity: 2, lifting: 3 }); // { answered: 2, sum: 5, missing: ['personal_care', …] }
 */
export function tallyAnswers(
  items: readonly InstrumentItem[],
  answers: Readonly<Record<string, number | null | undefined>>,
): { readonly answered: number; readonly sum: number; readonly missing: readonly string[] } {
  let answered = 0;
  let sum = 0;
  const missing: string[] = [];
  for (const item of items) {
    const value = answers[item.id];
    if (value === null || value === undefined) missing.push(item.id);
    else {
      answered += 1;
      sum += value;
    }
  }
  return { answered, sum, missing };
}
