import { fonts } from './fonts';
import { contentBottom, contentWidth } from './report-text';
import { reportTheme } from './report-theme';

export interface TableColumn {
  readonly header: string;
  /** A relative width: the columns share the content width in proportion to these. */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableOptions {
  readonly fontSize?: number;
  /** Shades every other row. Default true. */
  readonly zebra?: boolean;
  /** Row index → text colour, e.g. to mark worse findings. */
  readonly rowColor?: (index: number) => string | undefined;
  /** Row and column index → one cell's text colour, e.g. a category in its own colour. */
  readonly cellColor?: (row: number, column: number) => string | undefined;
}

const pad = 3.5;

/**
 * A table across the content width: a bold header row, wrapped cells, optional zebra shading. A row
 * never splits across pages; the header row repeats at the top of each new page.
 */
export function table(
  doc: PDFKit.PDFDocument,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  const size = options.fontSize ?? reportTheme.size.body - 0.5;
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const heightOf = (cells: readonly string[], font: string): number => {
    doc.font(font).fontSize(size);
    return (
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * pad })),
        size,
      ) +
      2 * pad
    );
  };
  const drawRow = (
    cells: readonly string[],
    y: number,
    font: string,
    color: string,
    cellColor: (column: number) => string | undefined = () => undefined,
  ) => {
    doc.font(font).fontSize(size);
    cells.forEach((cell, i) => {
      doc.fillColor(cellColor(i) ?? color).text(cell, (xs[i] ?? left) + pad, y + pad, {
        width: (widths[i] ?? 0) - 2 * pad,
        align: columns[i]?.align ?? 'left',
      });
    });
  };
  const drawHeader = (): number => {
    const headers = columns.map((c) => c.header);
    const height = heightOf(headers, fonts.bold);
    const y = doc.y;
    doc.rect(left, y, contentWidth(doc), height).fill(reportTheme.wash);
    drawRow(headers, y, fonts.bold, reportTheme.ink);
    doc
      .moveTo(left, y + height)
      .lineTo(left + contentWidth(doc), y + height)
      .lineWidth(0.6)
      .strokeColor(reportTheme.muted)
      .stroke();
    return y + height;
  };

  if (doc.y + 40 > contentBottom(doc)) doc.addPage();
  let y = drawHeader();
  rows.forEach((row, index) => {
    const height = heightOf(row, fonts.regular);
    if (y + height > contentBottom(doc)) {
      doc.addPage();
      y = drawHeader();
    }
    if (options.zebra !== false && index % 2 === 1) {
      doc.rect(left, y, contentWidth(doc), height).fill('#f8fafb');
    }
    drawRow(row, y, fonts.regular, options.rowColor?.(index) ?? reportTheme.ink, (column) =>
      options.cellColor?.(index, column),
    );
    y += height;
    doc
      .moveTo(left, y)
      .lineTo(left + contentWidth(doc), y)
      .lineWidth(0.3)
      .strokeColor(reportTheme.line)
      .stroke();
  });
  doc.x = left;
  doc.y = y + 6;
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}
