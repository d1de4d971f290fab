import { fonts } from './fonts';
import { reportTheme } from './report-theme';

/** The width between the left and right margins, in points. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The lowest y content may reach on this page. */
export function contentBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit below the cursor; returns the cursor's y. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): number {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
  doc.x = doc.page.margins.left;
  return doc.y;
}

/** The document's title, with an optional line under it (e.g. the patient and date). */
export function title(doc: PDFKit.PDFDocument, text: string, subtitle?: string): void {
  doc.x = doc.page.margins.left;
  doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(reportTheme.size.title).text(text);
  if (subtitle !== undefined) {
    doc.moveDown(0.15);
    doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(reportTheme.size.body).text(subtitle);
  }
  doc.moveDown(0.6);
  doc.fillColor(reportTheme.ink);
}

/** A section heading; it moves to a new page rather than sit alone at the bottom of one. */
export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.4);
  doc.fillColor(reportTheme.accent).font(fonts.bold).fontSize(reportTheme.size.heading).text(text);
  const y = doc.y + 1;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + contentWidth(doc), y)
    .lineWidth(0.5)
    .strokeColor(reportTheme.line)
    .stroke();
  doc.moveDown(0.35);
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}

/** A smaller heading inside a section. */
export function subheading(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.2);
  doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(reportTheme.size.subheading).text(text);
  doc.moveDown(0.15);
  doc.font(fonts.regular).fontSize(reportTheme.size.body);
}

export interface ParagraphOptions {
  readonly muted?: boolean;
  readonly italic?: boolean;
  readonly bold?: boolean;
  readonly size?: number;
  /** A text colour other than ink or muted, e.g. a category's own colour. */
  readonly color?: string;
}

/** A block of running text across the content width. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, options: ParagraphOptions = {}): void {
  doc.x = doc.page.margins.left;
  doc
    .fillColor(options.color ?? (options.muted === true ? reportTheme.muted : reportTheme.ink))
    .font(options.bold === true ? fonts.bold : options.italic === true ? fonts.italic : fonts.regular)
    .fontSize(options.size ?? reportTheme.size.body)
    .text(text, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.35);
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}

/** A bulleted list. */
export function bullets(doc: PDFKit.PDFDocument, items: readonly string[], size?: number): void {
  doc.x = doc.page.margins.left;
  doc
    .fillColor(reportTheme.ink)
    .font(fonts.regular)
    .fontSize(size ?? reportTheme.size.body)
    .list([...items], { width: contentWidth(doc), bulletRadius: 1.6, textIndent: 10, lineGap: 1.5 });
  doc.moveDown(0.35);
}

/** Label–value rows in two columns, e.g. "Date of birth   10 Dec 1980". Empty values print "—". */
export function keyValues(
  doc: PDFKit.PDFDocument,
  rows: readonly (readonly [label: string, value: string])[],
  labelWidth = 130,
): void {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - labelWidth;
  doc.fontSize(reportTheme.size.body);
  for (const [label, value] of rows) {
    const shown = value.trim() === '' ? '—' : value;
    const height = Math.max(
      doc.font(fonts.regular).heightOfString(shown, { width: valueWidth }),
      doc.font(fonts.bold).heightOfString(label, { width: labelWidth - 8 }),
    );
    const y = ensureSpace(doc, height + 2);
    doc
      .fillColor(reportTheme.muted)
      .font(fonts.bold)
      .text(label, left, y, { width: labelWidth - 8 });
    doc
      .fillColor(reportTheme.ink)
      .font(fonts.regular)
      .text(shown, left + labelWidth, y, { width: valueWidth });
    doc.y = y + height + 2;
  }
  doc.x = left;
  doc.moveDown(0.3);
}
