import type { TFunction } from '@sotchart/i18n';
import type { DocumentLanguage } from './document-language';
import { fonts } from './fonts';
import { reportTheme } from './report-theme';

/** The clinic a document comes from, as printed in every page header. */
export interface ClinicDetails {
  readonly name: string;
  readonly address: string;
  /** The number patients call; absent in snapshots stored before clinics had one. */
  readonly phone?: string | null;
}

/** The practitioner's credentials as printed in the header and signature block. */
export interface PractitionerCredentials {
  /** The name as the practitioner signs, e.g. "Dana Demo, DC". */
  readonly nameAsSigned: string;
  readonly degree: string;
  readonly licenceNumber: string;
  readonly licenceState: string;
  readonly npi: string | null;
}

/** What every page of a document carries: clinic and practitioner above, document and page below. */
export interface PageFrame {
  readonly clinic: ClinicDetails;
  readonly practitioner: PractitionerCredentials | null;
  /** The document's name in the footer, e.g. "Visit note". */
  readonly documentTitle: string;
  /** Who the document is about, in the footer, e.g. "Ada Lovelace · SOT-1001". */
  readonly subjectLine: string;
  /**
   * A note in the footer beside the page number, e.g. "Signed 3 Mar 2026" or "Printed 3 Mar 2026".
   * Give a date that belongs to the content (a signing date), not the clock, where the same input must
   * render to the same bytes.
   */
  readonly footerNote: string;
}

/** One line of the practitioner's credentials: degree, licence with its state, NPI when there is one. */
export function credentialLine(p: PractitionerCredentials, t: TFunction<'reports'>): string {
  const licence = [p.licenceState, p.licenceNumber].filter((s) => s.trim() !== '').join(' ');
  return [
    p.degree.trim() === '' ? null : p.degree,
    licence === '' ? null : t('frame.licence', { licence }),
    p.npi === null || p.npi === '' ? null : t('frame.npi', { npi: p.npi }),
  ]
    .filter((s): s is string => s !== null)
    .join(' · ');
}

function drawHeader(doc: PDFKit.PDFDocument, frame: PageFrame, t: TFunction<'reports'>): void {
  const { left, right } = reportTheme.margin;
  const width = doc.page.width - left - right;
  const top = 34;
  const half = width * 0.55;
  doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(11.5);
  doc.text(frame.clinic.name, left, top, { width: half, lineBreak: false, ellipsis: true });
  doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(reportTheme.size.small);
  doc.text(frame.clinic.address, left, top + 16, { width: half, height: 20, ellipsis: true });
  if (frame.practitioner !== null) {
    const x = left + half;
    const w = width - half;
    doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(9);
    doc.text(frame.practitioner.nameAsSigned, x, top + 1, { width: w, align: 'right', lineBreak: false });
    doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(reportTheme.size.small);
    doc.text(credentialLine(frame.practitioner, t), x, top + 16, { width: w, align: 'right', height: 20 });
  }
  doc
    .moveTo(left, top + 38)
    .lineTo(doc.page.width - right, top + 38)
    .lineWidth(0.8)
    .strokeColor(reportTheme.accent)
    .stroke();
}

function drawFooter(
  doc: PDFKit.PDFDocument,
  frame: PageFrame,
  language: DocumentLanguage,
  page: number,
  pages: number,
): void {
  const { left, right } = reportTheme.margin;
  const width = doc.page.width - left - right;
  const y = doc.page.height - 40;
  doc
    .moveTo(left, y - 6)
    .lineTo(doc.page.width - right, y - 6)
    .lineWidth(0.5)
    .strokeColor(reportTheme.line)
    .stroke();
  doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(reportTheme.size.small);
  doc.text(`${frame.documentTitle} · ${frame.subjectLine}`, left, y, {
    width: width * 0.6,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(language.t('frame.page', { note: frame.footerNote, page, pages }), left + width * 0.6, y, {
    width: width * 0.4,
    align: 'right',
    lineBreak: false,
  });
  // A document in a language whose wording no clinician has reviewed yet says so on every page.
  if (language.unreviewed)
    doc.font(fonts.italic).text(language.t('frame.unreviewed'), left, y + 10, {
      width,
      lineBreak: false,
      ellipsis: true,
    });
}

/**
 * Draws the header and footer on every buffered page. Runs once the content is laid out, so the
 * footer can say "Page n of m". The bottom margin is lifted while drawing so text in the footer
 * area never starts a new page.
 */
export function drawPageFrames(doc: PDFKit.PDFDocument, frame: PageFrame, language: DocumentLanguage): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const margins = { ...doc.page.margins };
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    drawHeader(doc, frame, language.t);
    drawFooter(doc, frame, language, i - range.start + 1, range.count);
    doc.page.margins = margins;
  }
}
