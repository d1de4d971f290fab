import { z } from 'zod';

/**
 * The outcome questionnaires SOT Chart scores: NPRS, PSFS, Bournemouth (back and neck), NDI and ODI v2.1a.
 *
 * Source: clinical-notes §2 (instrument table); issue 9.
 *
 * @example
 * instrumentIds.includes('ndi'); // true
 */
export const instrumentIds = ['nprs', 'psfs', 'bournemouth-back', 'bournemouth-neck', 'ndi', 'odi'] as const;

/**
 * One questionnaire id from {@link instrumentIds}.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * const id: InstrumentId = 'odi';
 */
export type InstrumentId = (typeof instrumentIds)[number];

/**
 * Zod schema of an {@link InstrumentId}, for request bodies and text packs.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * InstrumentIdSchema.safeParse('ndi').success; // true
 */
export const InstrumentIdSchema = z.enum(instrumentIds);
