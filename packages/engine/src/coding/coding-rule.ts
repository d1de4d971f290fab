import { z } from 'zod';
import { exactSchema } from '../exact-schema';

/**
 * The documentation or coding rule a suggestion follows, in words a practitioner can check, with the
 * payer or guideline source it comes from.
 *
 * Source: ARCHITECTURE.md ("every rule names its source"); issue 10 (suggestions the practitioner confirms).
 *
 * @example
 * const rule: CodingRule = { id: 'part.two-of-four', text: 'At least 2 of P, A, R, T …', source: 'CMS BPM ch.15 §240.1.2' };
 */
export interface CodingRule {
  readonly id: string;
  readonly text: string;
  readonly source: string;
}

/**
 * The schema of a {@link CodingRule}.
 *
 * Source: ARCHITECTURE.md ("every rule names its source").
 *
 * @example
 * CodingRuleSchema.parse(partRule);
 */
export const CodingRuleSchema = exactSchema<CodingRule>()(
  z.object({ id: z.string(), text: z.string(), source: z.string() }),
);
