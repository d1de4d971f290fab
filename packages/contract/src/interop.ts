import { z } from 'zod';
import { IdSchema } from './common';

/** Which patients an export covers: one patient, or every patient of the caller's clinic. */
export const ExportScopeSchema = z.object({ patientId: IdSchema.optional() });
export type ExportScope = z.infer<typeof ExportScopeSchema>;

/** The tables the CSV export offers, one file each. */
export const csvTables = ['patients', 'visits', 'findings'] as const;
export const CsvTableSchema = z.enum(csvTables);
export type CsvTable = z.infer<typeof CsvTableSchema>;
export const CsvTableParamsSchema = z.object({ table: CsvTableSchema });

/**
 * The whole clinic's FHIR and CSV exports (owners only) take no `patientId`: one patient's record is
 * `/api/patients/:id/exports/…`, open to clinical roles. Refused rather than ignored, so a request
 * meant for one patient never answers with every patient.
 */
const onePatientElsewhere = z
  .never({ message: "is not taken here: one patient's export is /api/patients/:id/exports/fhir or …/csv" })
  .optional();
export const ClinicFhirExportQuerySchema = z.object({ patientId: onePatientElsewhere });
export const ClinicCsvExportQuerySchema = z.object({
  table: CsvTableSchema.optional(),
  patientId: onePatientElsewhere,
});
/** One patient's CSV export: a table, or without one the list of tables. */
export const PatientCsvExportQuerySchema = z.object({ table: CsvTableSchema.optional() });

/**
 * How the research export treats dates: `safe-harbor` (HIPAA Safe Harbor: years only, visit timing as
 * days since the episode start) or `shifted` (every date moved by a random per-patient offset; this is
 * not Safe Harbor and needs an expert determination before the data is shared).
 */
export const ResearchDateModeSchema = z.enum(['safe-harbor', 'shifted']);
export type ResearchDateMode = z.infer<typeof ResearchDateModeSchema>;
export const ResearchExportQuerySchema = ExportScopeSchema.extend({
  dates: ResearchDateModeSchema.default('safe-harbor'),
});
export type ResearchExportQuery = z.infer<typeof ResearchExportQuerySchema>;

/** One Patient resource, or a Bundle whose entries hold Patient resources. */
export const FhirImportBodySchema = z.looseObject({ resourceType: z.string() });

export const FhirImportCreatedSchema = z.object({
  /** Index of the entry in the Bundle (0 for a single Patient). */
  entry: z.number().int(),
  patientId: IdSchema,
  chartNumber: z.string(),
});
export const FhirImportRejectedSchema = z.object({
  entry: z.number().int(),
  reason: z.string(),
  /** Where in the entry the problem is, when one field is to blame. */
  path: z.string().optional(),
});
export const FhirImportResultSchema = z.object({
  created: z.array(FhirImportCreatedSchema),
  rejected: z.array(FhirImportRejectedSchema),
});
export type FhirImportResult = z.infer<typeof FhirImportResultSchema>;
