import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common';

export const PageSizeSchema = z.enum(['a4', 'letter']);
export type PageSizeName = z.infer<typeof PageSizeSchema>;

/**
 * The usual paper of a clinic's country, from its time zone: US Letter in the Americas, A4 elsewhere.
 * The server renders on it when no size is asked for, and the web app offers it first.
 * @example defaultPageSize('America/Chicago') // 'letter'
 */
export function defaultPageSize(timeZone: string): PageSizeName {
  return timeZone.startsWith('America/') || timeZone.startsWith('US/') || timeZone.startsWith('Canada/')
    ? 'letter'
    : 'a4';
}

/** Query of a PDF document: the paper size (default: the clinic's usual paper). */
export const DocumentQuerySchema = z.object({ pageSize: PageSizeSchema.optional() });

/** Query of the progress report: the period (default: the patient's whole record) and the paper size. */
export const ProgressReportQuerySchema = DocumentQuerySchema.extend({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
}).refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
  message: 'must not be after `to`',
  path: ['from'],
});
export type ProgressReportQuery = z.infer<typeof ProgressReportQuerySchema>;

/** Params of an addendum's signed PDF: the visit and the addendum's number (1, 2, …). */
export const AddendumPdfParamsSchema = z.object({
  id: IdSchema,
  seq: z.coerce.number({ message: 'must be an addendum number' }).int().min(1).max(100_000),
});

/**
 * How a CMS-1500 prints: `form` draws the whole form on plain paper; `data` prints only the values, to
 * be fed into a printer loaded with the red pre-printed form.
 */
export const ClaimFormPrintSchema = z.enum(['form', 'data']);
export type ClaimFormPrint = z.infer<typeof ClaimFormPrintSchema>;

/** Query of a visit's CMS-1500 (always US Letter, the form's paper). */
export const ClaimFormQuerySchema = z.object({ print: ClaimFormPrintSchema.default('form') });

/** Query of a patient's CMS-1500 for a period of signed visits (default: the whole record). */
export const PeriodClaimFormQuerySchema = ClaimFormQuerySchema.extend({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
}).refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
  message: 'must not be after `to`',
  path: ['from'],
});
