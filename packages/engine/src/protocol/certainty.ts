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
