import { z } from 'zod';

/**
 * An SOT category: I (anterior, synovial SI joint), II (posterior, weight-bearing SI joint),
 * III (lumbar disc / nerve root).
 *
 * Source: REFERENCE §3, §9; SOURCES §1.
 *
 * @example
 * const category: CategoryId = 'II';
 */
export type CategoryId = 'I' | 'II' | 'III';

/**
 * The three categories in numeric order (not priority order: that is the pack's `priority`).
 *
 * Source: REFERENCE §3.
 *
 * @example
 * categoryIds; // ['I', 'II', 'III']
 */
export const categoryIds = ['I', 'II', 'III'] as const satisfies readonly CategoryId[];

/**
 * Schema of {@link CategoryId}.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * CategoryIdSchema.parse('III');
 */
export const CategoryIdSchema = z.enum(categoryIds);
