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
/** A CSV export asked for without a table: each table with its address. */
export const CsvIndexSchema = z.object({
  tables: z.array(z.object({ table: CsvTableSchema, url: z.string() })),
});

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

const CodeSystemConceptSchema = z.object({
  code: z.string(),
  display: z.string(),
  definition: z.string().optional(),
});
/**
 * `GET /api/fhir/CodeSystem/sot`: the FHIR R4 CodeSystem of SOT concepts the exports code with, as
 * published in docs/samples/sot-codesystem.json (groups of concepts, two levels deep).
 */
export const SotCodeSystemSchema = z.object({
  resourceType: z.literal('CodeSystem'),
  id: z.string(),
  url: z.url(),
  version: z.string(),
  name: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  experimental: z.boolean(),
  publisher: z.string(),
  description: z.string(),
  caseSensitive: z.boolean(),
  hierarchyMeaning: z.literal('grouped-by'),
  content: z.literal('complete'),
  count: z.number().int(),
  concept: z.array(CodeSystemConceptSchema.extend({ concept: z.array(CodeSystemConceptSchema) })),
});
