import { PatientPageSchema, type PatientSummary } from '@sotchart/contract';
import { request } from './http-client';

export interface PatientSearchParams {
  readonly q?: string;
  readonly cursor?: string;
  readonly includeArchived?: boolean;
  readonly limit?: number;
}

export interface PatientPage {
  readonly items: readonly PatientSummary[];
  readonly nextCursor: string | null;
}

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
