import { z } from 'zod';
import { IdSchema } from './common';

/** `POST /api/fhir/import?dryRun=true` answers what would happen and writes nothing. */
export const FhirImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** What became of one entry: each entry is imported (or not) on its own. */
export const FhirImportOutcomeSchema = z.enum(['created', 'updated', 'skipped', 'refused']);
export type FhirImportOutcome = z.infer<typeof FhirImportOutcomeSchema>;

export const FhirImportEntryResultSchema = z.object({
  /** Index of the entry in the Bundle, or of the line in NDJSON (both from 0). */
  entry: z.number().int(),
  /** The entry's resource type, when it has one. */
  resourceType: z.string().nullable(),
  outcome: FhirImportOutcomeSchema,
  /** The patient the entry created, updated or was matched to (absent in a dry run of a new patient). */
  patientId: IdSchema.optional(),
  /** A Patient entry's chart number (the one it has, or would get). */
  chartNumber: z.string().optional(),
  /** Why it was skipped or refused; never quotes a national identifier. */
  reason: z.string().optional(),
  /** The field to blame, when one is. */
  path: z.string().optional(),
});
export type FhirImportEntryResult = z.infer<typeof FhirImportEntryResultSchema>;

export const FhirImportResultSchema = z.object({
  dryRun: z.boolean(),
  counts: z.record(FhirImportOutcomeSchema, z.number().int()),
  /** One result per entry, in input order. */
  entries: z.array(FhirImportEntryResultSchema),
});
export type FhirImportResult = z.infer<typeof FhirImportResultSchema>;
