import { z } from 'zod';
import { exactSchema } from '../../exact-schema';

/**
 * One problem a coding check found: the rule's stable id, where in the confirmed coding (`lines.0.modifiers`,
 * `diagnoses.1`), whether it blocks signing (`error`) or only informs (`warning`), whether a written
 * reason may override it, what is wrong in plain words, and the rule's source.
 *
 * Source: issue 19 ("one detail per problem, naming the rule and whether it may be overridden").
 *
 * @example
 * const p: CodingProblem = { rule: 'modifier.at-ga-together', path: 'lines.0.modifiers', severity: 'error',
 *   overridable: false, message: 'AT and GA may not be on one line.', source: 'Medicare Claims Processing Manual ch. 30 §50' };
 */
export interface CodingProblem {
  readonly rule: string;
  readonly path: string;
  readonly severity: 'error' | 'warning';
  readonly overridable: boolean;
  readonly message: string;
  readonly source: string;
}

/**
 * The schema of a {@link CodingProblem}.
 *
 * Source: issue 19.
 *
 * @example
 * CodingProblemSchema.array().parse(checkCoding(coding, context));
 */
export const CodingProblemSchema = exactSchema<CodingProblem>()(
  z.object({
    rule: z.string(),
    path: z.string(),
    severity: z.enum(['error', 'warning']),
    overridable: z.boolean(),
    message: z.string(),
    source: z.string(),
  }),
);
