import { namespaces, reviewStatuses } from '@sotchart/i18n';
import { z } from 'zod';
import { IsoDateTimeSchema, requiredText } from './common';
import { LanguageSchema } from './language';

const NamespaceSchema = z.enum(namespaces);

/**
 * One message of the app's catalogues as the clinic worded it in one language. Only approved
 * (`clinician-reviewed`) wording replaces the bundled message; a draft waits for approval.
 *
 * Source: issue 24 ("a clinic can edit and approve its own wording").
 */
export const ClinicMessageSchema = z.object({
  namespace: NamespaceSchema,
  key: z.string(),
  text: z.string(),
  status: z.enum(reviewStatuses),
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type ClinicMessage = z.infer<typeof ClinicMessageSchema>;

/**
 * `GET /api/clinic/wording`: one language's wording (the clinic's language when none is named), of
 * one namespace or all, approved only on request.
 */
export const ClinicWordingQuerySchema = z.object({
  language: LanguageSchema.optional(),
  namespace: NamespaceSchema.optional(),
  approved: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type ClinicWordingQuery = z.infer<typeof ClinicWordingQuerySchema>;

export const ClinicWordingSchema = z.object({ messages: z.array(ClinicMessageSchema) });
export type ClinicWording = z.infer<typeof ClinicWordingSchema>;

/**
 * `GET /api/clinic/wording/messages`: the wording screen's catalogue in one language (the clinic's
 * when none is named; the common words when no catalogue is).
 */
export const WordingCatalogueQuerySchema = z.object({
  language: LanguageSchema.optional(),
  namespace: NamespaceSchema.default('common'),
});
export type WordingCatalogueQuery = z.infer<typeof WordingCatalogueQuerySchema>;

/**
 * One message as the wording screen shows it: the English source, the bundled translation and its
 * review status, and the clinic's own wording when it has one.
 */
export const WordingEntrySchema = z.object({
  key: z.string(),
  english: z.string(),
  bundled: z.string(),
  bundledStatus: z.enum(reviewStatuses),
  own: ClinicMessageSchema.nullable(),
});
export type WordingEntry = z.infer<typeof WordingEntrySchema>;
export const WordingCatalogueSchema = z.object({ entries: z.array(WordingEntrySchema) });
export type WordingCatalogue = z.infer<typeof WordingCatalogueSchema>;

/** Which message: the language, the catalogue and the key. */
export const ClinicMessageRefSchema = z.object({
  language: LanguageSchema,
  namespace: NamespaceSchema,
  key: requiredText(200),
});
export type ClinicMessageRef = z.infer<typeof ClinicMessageRefSchema>;

/**
 * `PUT /api/clinic/wording`: the clinic's text for a message (ICU MessageFormat, with the same
 * placeholders as the English), saved as a draft or approved.
 */
export const PutClinicMessageSchema = ClinicMessageRefSchema.extend({
  text: requiredText(4000),
  status: z.enum(reviewStatuses),
});
export type PutClinicMessage = z.infer<typeof PutClinicMessageSchema>;
