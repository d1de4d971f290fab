import { fonts } from './fonts';
import { contentWidth, ensureSpace } from './report-text';
import { reportTheme } from './report-theme';

export interface TrendPoint {
  /** The x-axis label, e.g. a date "3 Mar". */
  readonly label: string;
  /** The score; null leaves a gap (e.g. an incomplete questionnaire). */
  readonly value: number | null;
}

/** An interpretation band shaded behind the line; `max` is its upper edge in the score's unit. */
export interface TrendBand {
  readonly label: string;
  readonly max: number;
}

export interface TrendChartSpec {
  readonly title: string;
  /** Printed after each value, e.g. "%" or "" for points. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly points: readonly TrendPoint[];
  /** Bands from the lowest score upward; shaded light (better) to warm (worse). */
  readonly bands?: readonly TrendBand[];
  readonly higherIsBetter: boolean;
  /** A dashed line, e.g. where the score shows an important change from baseline. */
  readonly referenceLine?: { readonly value: number; readonly label: string };
  /** Plot height in points (default 120). */
  readonly height?: number;
}

const axisWidth = 30;
const format = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function shadeFor(index: number, count: number, higherIsBetter: boolean): string {
  const shades = reportTheme.bandShades;
  const rank = count <= 1 ? 0 : Math.round((index * (shades.length - 1)) / (count - 1));
  return shades[higherIsBetter ? shades.length - 1 - rank : rank] ?? reportTheme.wash;
}

/**
 * A small line chart drawn with vector paths at the cursor, across the content width: shaded bands,
 * y-axis ticks, the score line with a labelled dot per point, an optional dashed reference line, and
 * the x labels. Advances the cursor below the chart.
 */
export function trendChart(doc: PDFKit.PDFDocument, spec: TrendChartSpec): void {
  const plotHeight = spec.height ?? 120;
  const top = ensureSpace(doc, plotHeight + 46);
  const left = doc.page.margins.left;
  doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(reportTheme.size.body).text(spec.title, left, top);
  const y0 = top + 16;
  const x0 = left + axisWidth;
  const width = contentWidth(doc) - axisWidth;
  const range = spec.max - spec.min || 1;
  const yOf = (v: number): number => y0 + plotHeight - ((v - spec.min) / range) * plotHeight;

  // Bands, then the frame.
  const bands = spec.bands ?? [];
  let lower = spec.min;
  bands.forEach((band, i) => {
    const upper = Math.min(band.max, spec.max);
    if (upper <= lower) return;
    doc
      .rect(x0, yOf(upper), width, yOf(lower) - yOf(upper))
      .fill(shadeFor(i, bands.length, spec.higherIsBetter));
    doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(6.5);
    doc.text(band.label, x0 + width - 150, yOf(upper) + 2, { width: 146, align: 'right', lineBreak: false });
    lower = upper;
  });
  doc.rect(x0, y0, width, plotHeight).lineWidth(0.5).strokeColor(reportTheme.line).stroke();

  // Y ticks: five steps.
  doc.font(fonts.regular).fontSize(6.5).fillColor(reportTheme.muted);
  for (let i = 0; i <= 4; i += 1) {
    const v = spec.min + (range * i) / 4;
    const y = yOf(v);
    doc.text(`${format(v)}${spec.unit}`, left, y - 3.5, {
      width: axisWidth - 4,
      align: 'right',
      lineBreak: false,
    });
    // Grid lines only where no band shading already marks the scale.
    if (i > 0 && i < 4 && bands.length === 0)
      doc
        .moveTo(x0, y)
        .lineTo(x0 + width, y)
        .lineWidth(0.3)
        .strokeColor('#e2e8ec')
        .stroke();
  }

  if (spec.referenceLine !== undefined) {
    const y = yOf(Math.max(spec.min, Math.min(spec.max, spec.referenceLine.value)));
    doc
      .moveTo(x0, y)
      .lineTo(x0 + width, y)
      .dash(3, { space: 2 })
      .lineWidth(0.9)
      .strokeColor(reportTheme.warning)
      .stroke()
      .undash();
    doc.fillColor(reportTheme.warning).font(fonts.regular).fontSize(6.5);
    doc.text(spec.referenceLine.label, x0 + 4, y - 9, { width: width - 160, lineBreak: false });
  }

  // The line and its points.
  const n = spec.points.length;
  const step = n <= 1 ? 0 : (width - 24) / (n - 1);
  const xOf = (i: number): number => (n <= 1 ? x0 + width / 2 : x0 + 12 + i * step);
  let drawing = false;
  spec.points.forEach((p, i) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xOf(i), yOf(p.value));
    else doc.moveTo(xOf(i), yOf(p.value));
    drawing = true;
  });
  doc.lineWidth(1.6).strokeColor(reportTheme.accent).stroke();
  const labelEvery = Math.max(1, Math.ceil(n / 10));
  spec.points.forEach((p, i) => {
    const x = xOf(i);
    if (p.value !== null) {
      doc.circle(x, yOf(p.value), 2.4).fill(reportTheme.accent);
      doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(6.5);
      doc.text(`${format(p.value)}${spec.unit}`, x - 20, yOf(p.value) - 10, {
        width: 40,
        align: 'center',
        lineBreak: false,
      });
    }
    if (i % labelEvery === 0 || i === n - 1) {
      doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(6.5);
      doc.text(p.label, x - 24, y0 + plotHeight + 3, { width: 48, align: 'center', lineBreak: false });
    }
  });

  doc.x = left;
  doc.y = y0 + plotHeight + 18;
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}
