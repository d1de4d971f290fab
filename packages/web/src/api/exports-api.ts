import type { ClaimFormPrint, CsvTable, ResearchDateMode } from '@sotchart/contract';

interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/** A period document's address: an empty date is left out (from the first, or to the last visit). */
function periodUrl(path: string, range: DateRange, params: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams(params);
  if (range.from !== undefined && range.from !== '') query.set('from', range.from);
  if (range.to !== undefined && range.to !== '') query.set('to', range.to);
  const search = query.toString();
  return `${path}${search === '' ? '' : `?${search}`}`;
}

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
  periodSuperbillUrl: (patientId: string, range: DateRange): string =>
    periodUrl(`/api/patients/${patientId}/superbill.pdf`, range, {}),
  /** The patient's CMS-1500 forms for a period: the full form, or the values for the red form. */
  periodClaimFormUrl: (patientId: string, range: DateRange, print: ClaimFormPrint): string =>
    periodUrl(`/api/patients/${patientId}/cms1500.pdf`, range, { print }),
};
