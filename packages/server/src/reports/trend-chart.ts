import { freeSpot, placeLabel, type LabelBox } from './chart-labels';
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
  /** A value as the document's language writes it (e.g. "12,5" in German); one decimal at most by default. */
  readonly formatValue?: (value: number) => string;
}

const axisWidth = 30;
const defaultFormat = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function shadeFor(index: number, count: number, higherIsBetter: boolean): string {
  const shades = reportTheme.bandShades;
  const rank = count <= 1 ? 0 : Math.round((index * (shades.length - 1)) / (count - 1));
  return shades[higherIsBetter ? shades.length - 1 - rank : rank] ?? reportTheme.wash;
}

const labelSize = 6.5;
const labelHeight = 8;
/** From the plot's bottom to the legend row, below the x labels. */
const legendGap = 13;

/** The x and y of every point of the spec, in page points. */
interface PlotGeometry {
  readonly x0: number;
  readonly y0: number;
  readonly width: number;
  readonly height: number;
  readonly yOf: (v: number) => number;
  readonly xOf: (i: number) => number;
}

/**
 * Where every label inside the plot goes, measured with the font it is drawn in: each point's value
 * first (above the point, else below, right or left: it belongs next to its point), then the band
 * labels (each at its band's top right, else its bottom, middle or left), then the reference line's
 * label (along the line, above or below), each avoiding the points, the score line and the labels
 * already placed.
 */
function layoutLabels(doc: PDFKit.PDFDocument, spec: TrendChartSpec, g: PlotGeometry) {
  const measure = (text: string, font: string, x: number, y: number): LabelBox => {
    doc.font(font).fontSize(labelSize);
    return { text, x, y, width: doc.widthOfString(text), height: labelHeight };
  };
  const within = { x: g.x0, y: g.y0, width: g.width, height: g.height };
  const dots: LabelBox[] = spec.points.flatMap((p, i) =>
    p.value === null ? [] : [{ text: '', x: g.xOf(i) - 3, y: g.yOf(p.value) - 3, width: 6, height: 6 }],
  );
  // The score line as a chain of small boxes, so no label is drawn across it.
  const line: LabelBox[] = [];
  spec.points.forEach((p, i) => {
    const next = spec.points[i + 1];
    if (p.value === null || next === undefined || next.value === null) return;
    const [ax, ay, bx, by] = [g.xOf(i), g.yOf(p.value), g.xOf(i + 1), g.yOf(next.value)];
    const steps = Math.ceil(Math.hypot(bx - ax, by - ay) / 2);
    for (let k = 1; k < steps; k += 1) {
      const t = k / steps;
      line.push({
        text: '',
        x: ax + t * (bx - ax) - 0.8,
        y: ay + t * (by - ay) - 0.8,
        width: 1.6,
        height: 1.6,
      });
    }
  });
  // The dashed reference line is in the way too.
  const referenceY =
    spec.referenceLine === undefined
      ? null
      : g.yOf(Math.max(spec.min, Math.min(spec.max, spec.referenceLine.value)));
  const dashes: LabelBox[] =
    referenceY === null ? [] : [{ text: '', x: g.x0, y: referenceY - 0.75, width: g.width, height: 1.5 }];
  const placed: LabelBox[] = [...dots, ...line, ...dashes];
  const place = (candidates: readonly LabelBox[]): LabelBox => {
    const chosen = placeLabel(candidates, placed, within);
    placed.push(chosen);
    return chosen;
  };

  const values = spec.points.flatMap((p, i) => {
    if (p.value === null) return [];
    const text = `${(spec.formatValue ?? defaultFormat)(p.value)}${spec.unit}`;
    const x = g.xOf(i);
    const y = g.yOf(p.value);
    const w = measure(text, fonts.bold, 0, 0).width;
    const at = (bx: number, by: number) => measure(text, fonts.bold, bx, by);
    // Above the point, clear of its dot (3 pt), then below, right, left, and a line further off.
    return [
      place([
        at(x - w / 2, y - 11.5),
        at(x - w / 2, y + 3.5),
        at(x + 5, y - 4),
        at(x - 5 - w, y - 4),
        at(x - w / 2, y - 19.5),
        at(x - w / 2, y + 11.5),
      ]),
    ];
  });

  const bands: LabelBox[] = [];
  let lower = spec.min;
  for (const band of spec.bands ?? []) {
    const upper = Math.min(band.max, spec.max);
    if (upper <= lower) continue;
    const top = g.yOf(upper) + 1.5;
    const bottom = g.yOf(lower) - labelHeight - 1;
    const middle = (top + bottom) / 2;
    const w = measure(band.label, fonts.regular, 0, 0).width;
    const right = g.x0 + g.width - 4 - w;
    const left = g.x0 + 4;
    // A band thinner than its label keeps the label inside the plot, overlapping the next band.
    const clamp = (y: number) => Math.min(Math.max(y, g.y0 + 1), g.y0 + g.height - labelHeight - 1);
    const at = (x: number, y: number) => measure(band.label, fonts.regular, x, clamp(y));
    bands.push(
      place([at(right, top), at(right, bottom), at(right, middle), at(left, top), at(left, bottom)]),
    );
    lower = upper;
  }

  // The reference line's label sits along the line where it is free, else in a legend under the
  // chart, so it never covers a band label or a value.
  let reference: { readonly box: LabelBox; readonly inLegend: boolean } | null = null;
  if (spec.referenceLine !== undefined) {
    const { label } = spec.referenceLine;
    const y = referenceY ?? g.y0;
    const w = measure(label, fonts.regular, 0, 0).width;
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => g.x0 + 4 + (k / 8) * (g.width - 8 - w));
    const along = [y - labelHeight - 1, y + 1.5].flatMap((by) =>
      xs.map((x) => measure(label, fonts.regular, x, by)),
    );
    const free = freeSpot(along, placed, within);
    reference =
      free === undefined
        ? { box: measure(label, fonts.regular, g.x0 + 18, g.y0 + g.height + legendGap), inLegend: true }
        : { box: free, inLegend: false };
  }
  return { bands, values, reference };
}

/**
 * A small line chart drawn with vector paths at the cursor, across the content width: shaded bands,
 * y-axis ticks, the score line with a labelled dot per point, an optional dashed reference line, and
 * the x labels. Labels inside the plot are measured and placed so none covers another (see
 * {@link layoutLabels}); returns their boxes. Advances the cursor below the chart.
 */
export function trendChart(doc: PDFKit.PDFDocument, spec: TrendChartSpec): LabelBox[] {
  const plotHeight = spec.height ?? 120;
  const top = ensureSpace(doc, plotHeight + 56);
  const left = doc.page.margins.left;
  doc.fillColor(reportTheme.ink).font(fonts.bold).fontSize(reportTheme.size.body).text(spec.title, left, top);
  const y0 = top + 16;
  const x0 = left + axisWidth;
  const width = contentWidth(doc) - axisWidth;
  const range = spec.max - spec.min || 1;
  const yOf = (v: number): number => y0 + plotHeight - ((v - spec.min) / range) * plotHeight;
  const n = spec.points.length;
  const step = n <= 1 ? 0 : (width - 24) / (n - 1);
  const xOf = (i: number): number => (n <= 1 ? x0 + width / 2 : x0 + 12 + i * step);
  const labels = layoutLabels(doc, spec, { x0, y0, width, height: plotHeight, yOf, xOf });

  // Bands, then the frame.
  const bands = spec.bands ?? [];
  let lower = spec.min;
  bands.forEach((band, i) => {
    const upper = Math.min(band.max, spec.max);
    if (upper <= lower) return;
    doc
      .rect(x0, yOf(upper), width, yOf(lower) - yOf(upper))
      .fill(shadeFor(i, bands.length, spec.higherIsBetter));
    lower = upper;
  });
  doc.rect(x0, y0, width, plotHeight).lineWidth(0.5).strokeColor(reportTheme.line).stroke();

  // Y ticks: five steps.
  doc.font(fonts.regular).fontSize(labelSize).fillColor(reportTheme.muted);
  for (let i = 0; i <= 4; i += 1) {
    const v = spec.min + (range * i) / 4;
    const y = yOf(v);
    doc.text(`${(spec.formatValue ?? defaultFormat)(v)}${spec.unit}`, left, y - 3.5, {
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
  }

  // The line and its points.
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
    if (p.value !== null) doc.circle(x, yOf(p.value), 2.4).fill(reportTheme.accent);
    if (i % labelEvery === 0 || i === n - 1) {
      doc.fillColor(reportTheme.muted).font(fonts.regular).fontSize(labelSize);
      doc.text(p.label, x - 24, y0 + plotHeight + 3, { width: 48, align: 'center', lineBreak: false });
    }
  });

  // Labels last, over the shading and the line, each where the layout put it.
  const draw = (box: LabelBox, font: string, color: string) => {
    doc.fillColor(color).font(font).fontSize(labelSize);
    doc.text(box.text, box.x, box.y + 0.5, { lineBreak: false });
  };
  for (const box of labels.bands) draw(box, fonts.regular, reportTheme.muted);
  for (const box of labels.values) draw(box, fonts.bold, reportTheme.ink);
  const legend = labels.reference?.inLegend === true;
  if (labels.reference !== null) {
    const { box } = labels.reference;
    if (legend)
      doc
        .moveTo(box.x - 16, box.y + labelHeight / 2)
        .lineTo(box.x - 3, box.y + labelHeight / 2)
        .dash(3, { space: 2 })
        .lineWidth(0.9)
        .strokeColor(reportTheme.warning)
        .stroke()
        .undash();
    draw(box, fonts.regular, reportTheme.warning);
  }

  doc.x = left;
  doc.y = y0 + plotHeight + (legend ? legendGap + labelHeight + 4 : 18);
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
  return [...labels.bands, ...labels.values, ...(labels.reference === null ? [] : [labels.reference.box])];
}
