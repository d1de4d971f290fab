import { z } from 'zod';
import { IdSchema } from './common';

/** How much of an imported birth date is known: `1974` is 'year', `1974-06` 'month'. */
export const DatePrecisionSchema = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** An identifier a patient was imported with; a national one (SSN, BSN, licence) shows its last 4 only. */
export const ImportedIdentifierSchema = z.object({
  system: z.string(),
  value: z.string(),
  /** The identifier's type code (MR, SS, DL, …) or text; null when untyped. */
  type: z.string().nullable(),
  national: z.boolean(),
});

/** One imported history resource as a coded entry (read-only: it is the source system's record). */
export const ImportedHistoryEntrySchema = z.object({
  id: IdSchema,
  resourceType: z.string(),
  codeSystem: z.string().nullable(),
  code: z.string().nullable(),
  display: z.string().nullable(),
  status: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** An Observation's value as text (`120 mm[Hg]`). */
  value: z.string().nullable(),
  sourceSystem: z.string(),
  sourceId: z.string(),
});
export type ImportedHistoryEntry = z.infer<typeof ImportedHistoryEntrySchema>;

/** `GET /api/patients/:id/imported-record` (clinical roles): what a FHIR import kept about the patient. */
export const ImportedRecordSchema = z.object({
  patientId: IdSchema,
  birthDatePrecision: DatePrecisionSchema,
  givenNames: z.array(z.string()).nullable(),
  deceased: z.boolean(),
  deceasedAt: z.string().nullable(),
  identifiers: z.array(ImportedIdentifierSchema),
  history: z.array(ImportedHistoryEntrySchema),
});
export type ImportedRecord = z.infer<typeof ImportedRecordSchema>;
