import PDFDocument from 'pdfkit';
import { documentLanguage, type DocumentLanguage } from './document-language';
import { fontFiles, fonts, registerFonts } from './fonts';
import { drawPageFrames, type PageFrame } from './page-frame';
import { pdfkitSize } from './page-size';
import type { PageSizeName } from '@sotchart/contract';
import { reportTheme } from './report-theme';

export interface ReportOptions {
  readonly pageSize: PageSizeName;
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly keywords?: string;
  /**
   * Stamped as the PDF's creation and modification date, and the seed of its file id: the same
   * content with the same `createdAt` renders to the same bytes (a signed note uses its signing time).
   */
  readonly createdAt: Date;
  /** The header and footer of every page; a form that fills the whole sheet (a claim form) has none. */
  readonly frame: PageFrame | null;
  /** Page margins in points; the report's own by default. A form drawn edge to edge passes 0. */
  readonly margins?: number;
  /**
   * The document's language: the fonts it needs (Noto Sans JP for Japanese), the page frame's words,
   * the PDF's language tag and the "translation not yet reviewed" line. English by default.
   */
  readonly language?: DocumentLanguage;
}

/** A document being written: draw on `doc`, then `finish()` adds the page frames and returns the PDF. */
export interface Report {
  readonly doc: PDFKit.PDFDocument;
  finish(): Promise<Buffer>;
}

/**
 * Opens a report: the page size, margins that leave room for the header and footer, the fonts of its
 * language (embedded as subsets), fixed metadata and buffered pages. Nothing in the output depends on the
 * clock or on randomness.
 */
export function createReport(options: ReportOptions): Report {
  const language = options.language ?? documentLanguage('en');
  const doc = new PDFDocument({
    size: pdfkitSize[options.pageSize],
    margins:
      options.margins === undefined
        ? reportTheme.margin
        : { top: options.margins, bottom: options.margins, left: options.margins, right: options.margins },
    bufferPages: true,
    // The default font would otherwise be Helvetica. DejaVu (small) stands in until the language's own
    // fonts are registered below, so a Japanese document does not parse its large font file twice.
    font: fontFiles.regular,
    info: {
      Title: options.title,
      ...(options.subject === undefined ? {} : { Subject: options.subject }),
      ...(options.author === undefined ? {} : { Author: options.author }),
      ...(options.keywords === undefined ? {} : { Keywords: options.keywords }),
      Creator: 'SOT Chart',
      Producer: 'SOT Chart (PDFKit)',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
    displayTitle: true,
    lang: language.language,
  });
  registerFonts(doc, language.language);
  doc.font(fonts.regular).fontSize(reportTheme.size.body).fillColor(reportTheme.ink);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      if (options.frame !== null) drawPageFrames(doc, options.frame, language);
      doc.end();
      return ended;
    },
  };
}
