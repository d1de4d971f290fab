import { PatientPageSchema, type PatientPage, type PatientSearch } from '@sotchart/contract';
import { request } from './http-client';

/** The contract's search query, each part optional (the server fills in its defaults). */
export type PatientSearchParams = Partial<Pick<PatientSearch, 'q' | 'cursor' | 'includeArchived' | 'limit'>>;

/**
 * The patient search, on its own so the first screen's download carries only the schemas it needs
 * (the patient record's schemas pull in the visit and finding schemas).
 */
export function searchPatients(params: PatientSearchParams, signal?: AbortSignal): Promise<PatientPage> {
  return request(
    'GET',
    '/api/patients',
    {
      query: {
        q: params.q,
        cursor: params.cursor,
        limit: params.limit,
        includeArchived: params.includeArchived === true ? 'true' : undefined,
      },
      ...(signal === undefined ? {} : { signal }),
    },
    PatientPageSchema,
  );
}
