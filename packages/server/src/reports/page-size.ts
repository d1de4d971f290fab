/** The paper sizes documents are rendered on. */
export const pageSizes = ['a4', 'letter'] as const;
export type PageSize = (typeof pageSizes)[number];

/** PDFKit's name of each size: A4 is 595.28 × 841.89 pt, US Letter 612 × 792 pt. */
export const pdfkitSize: Readonly<Record<PageSize, string>> = { a4: 'A4', letter: 'LETTER' };

/** The usual paper of a clinic's country, from its time zone: US Letter in the Americas, A4 elsewhere. */
export function defaultPageSize(timeZone: string): PageSize {
  return timeZone.startsWith('America/') || timeZone.startsWith('US/') || timeZone.startsWith('Canada/')
    ? 'letter'
    : 'a4';
}
