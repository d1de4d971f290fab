import type { CsvTable, ResearchDateMode } from '@sotchart/contract';

/**
 * Addresses of the exports. They are plain links: the browser downloads them with the session cookie,
 * and the server audits each download as an export. One patient's record (clinical roles) and the
 * whole clinic's (owners) are different addresses, each with its own permission.
 */
export const exportsApi = {
  fhirUrl: (patientId?: string): string =>
    patientId === undefined ? '/api/exports/fhir' : `/api/patients/${patientId}/exports/fhir`,
  csvUrl: (table: CsvTable, patientId?: string): string =>
    `${patientId === undefined ? '/api/exports/csv' : `/api/patients/${patientId}/exports/csv`}?table=${table}`,
  researchUrl: (dates: ResearchDateMode): string => `/api/exports/research?dates=${dates}`,
  visitSuperbillUrl: (visitId: string): string => `/api/visits/${visitId}/superbill.pdf`,
  periodSuperbillUrl: (patientId: string, range: { from?: string; to?: string }): string => {
    const query = new URLSearchParams();
    if (range.from !== undefined && range.from !== '') query.set('from', range.from);
    if (range.to !== undefined && range.to !== '') query.set('to', range.to);
    const search = query.toString();
    return `/api/patients/${patientId}/superbill.pdf${search === '' ? '' : `?${search}`}`;
  },
};
