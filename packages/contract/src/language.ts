import { languages } from '@sotchart/i18n';
import { z } from 'zod';

/**
 * One of the languages SOT Chart speaks (BCP 47): the app's language per user, what a patient reads,
 * and the clinical record's language per clinic.
 *
 * Source: issue 24.
 *
 * @example
 * LanguageSchema.parse('pt-BR');
 */
export const LanguageSchema = z.enum(languages);
export type { Language } from '@sotchart/i18n';
