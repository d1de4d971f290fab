import type { PageSizeName } from '@sotchart/contract';

/**
 * Addresses of the PDF documents. They are plain links: the browser downloads them with the session
 * cookie, and the server audits each download as an export.
 */
export const documentsApi = {
  visitNoteUrl: (visitId: string, pageSize: PageSizeName): string =>
    `/api/visits/${visitId}/note.pdf?pageSize=${pageSize}`,
  /** The signed note, served from the bytes frozen at signing (the page size was fixed then). */
  signedNoteUrl: (visitId: string): string => `/api/visits/${visitId}/note.pdf`,
  /** One addendum's own signed PDF. */
  addendumUrl: (visitId: string, seq: number): string => `/api/visits/${visitId}/addenda/${seq}.pdf`,
  /** The referral letter of a visit under a red flag, for the practitioner to send. */
  referralLetterUrl: (visitId: string): string => `/api/visits/${visitId}/referral-letter.pdf`,
  handoutUrl: (visitId: string, pageSize: PageSizeName): string =>
    `/api/visits/${visitId}/handout.pdf?pageSize=${pageSize}`,
  progressReportUrl: (
    patientId: string,
    options: { from?: string; to?: string; pageSize: PageSizeName },
  ): string => {
    const query = new URLSearchParams({ pageSize: options.pageSize });
    if (options.from !== undefined && options.from !== '') query.set('from', options.from);
    if (options.to !== undefined && options.to !== '') query.set('to', options.to);
    return `/api/patients/${patientId}/progress-report.pdf?${query.toString()}`;
  },
};
