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
/**
 * The FHIR export's Bundle type: `collection` (the default), or `transaction` where every entry also
 * carries `request` `PUT <type>/<id>`, to load the export into another FHIR server as it stands.
 */
export const FhirBundleTypeSchema = z.enum(['collection', 'transaction']);
export type FhirBundleType = z.infer<typeof FhirBundleTypeSchema>;
export const ClinicFhirExportQuerySchema = z.object({
  patientId: onePatientElsewhere,
  type: FhirBundleTypeSchema.default('collection'),
});
/** One patient's FHIR export: the Bundle type. */
export const PatientFhirExportQuerySchema = z.object({ type: FhirBundleTypeSchema.default('collection') });
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
/**
 * Free text in the research export: `none` (the default; Safe Harbor) or `scrubbed` (notes and other
 * free text with known and pattern-matched identifiers taken out; no scrubber is certain, so such an
 * export is marked as not Safe Harbor-certain).
 */
export const ResearchFreeTextSchema = z.enum(['none', 'scrubbed']);
export type ResearchFreeText = z.infer<typeof ResearchFreeTextSchema>;
export const ResearchExportQuerySchema = ExportScopeSchema.extend({
  dates: ResearchDateModeSchema.default('safe-harbor'),
  freeText: ResearchFreeTextSchema.default('none'),
});
export type ResearchExportQuery = z.infer<typeof ResearchExportQuerySchema>;

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
