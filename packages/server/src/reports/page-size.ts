import type { PageSizeName } from '@sotchart/contract';

/** PDFKit's name of each paper size: A4 is 595.28 × 841.89 pt, US Letter 612 × 792 pt. */
export const pdfkitSize: Readonly<Record<PageSizeName, string>> = { a4: 'A4', letter: 'LETTER' };
