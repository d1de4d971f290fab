import { z } from 'zod';

/**
 * How well a rule is supported: `sourced` (a public source states it), `conflicting` (public sources
 * disagree; the default picks one and says which), `practitioner-defined` (no public rule; a
 * convention the clinic should confirm). The engine passes it through to its output.
 *
 * Source: REFERENCE introduction and §9.
 *
 * @example
 * const certainty: Certainty = 'conflicting';
 */
export type Certainty = 'sourced' | 'conflicting' | 'practitioner-defined';

/**
 * Schema of {@link Certainty}.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * CertaintySchema.parse('sourced');
 */
export const CertaintySchema = z.enum(['sourced', 'conflicting', 'practitioner-defined']);

// Weakest first: a whole is only as certain as its least certain part.
const strength: readonly Certainty[] = ['practitioner-defined', 'conflicting', 'sourced'];

/**
 * The weakest of some certainties (`practitioner-defined` < `conflicting` < `sourced`), or `sourced`
 * when none are given.
 *
 * Source: REFERENCE §9 ("the weakest of its placement and its blocks").
 *
 * @example
 * weakestCertainty(['sourced', 'conflicting']); // 'conflicting'
 */
export function weakestCertainty(certainties: readonly Certainty[]): Certainty {
  return certainties.reduce<Certainty>(
    (weakest, c) => (strength.indexOf(c) < strength.indexOf(weakest) ? c : weakest),
    'sourced',
  );
}
