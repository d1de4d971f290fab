import {
  FhirImportResultSchema,
  ImportedRecordSchema,
  type FhirImportResult,
  type ImportedRecord,
} from '@sotchart/contract';
import { request } from './http-client';

/** NDJSON by its name (as Bulk Data files are named), else a FHIR JSON document. */
const mediaTypeOf = (file: File): string =>
  /\.(ndjson|jsonl)$/i.test(file.name) ? 'application/fhir+ndjson' : 'application/fhir+json';

/** The FHIR import and what it kept per patient. */
export const fhirImportApi = {
  /** Sends the file as it is (the server streams it); a dry run writes nothing. */
  importFile: (file: File, dryRun: boolean): Promise<FhirImportResult> =>
    request(
      'POST',
      '/api/fhir/import',
      { file: { data: file, type: mediaTypeOf(file) }, query: { dryRun } },
      FhirImportResultSchema,
    ),
  importedRecord: (patientId: string): Promise<ImportedRecord> =>
    request('GET', `/api/patients/${patientId}/imported-record`, {}, ImportedRecordSchema),
};
