import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ndi, nprsBandTables, odi } from '@sotchart/engine';
import { overlaps, type LabelBox } from './chart-labels';
import { createReport } from './pdf-report';
import { trendChart, type TrendChartSpec } from './trend-chart';

const frame = {
  clinic: { name: 'Lakeside SOT Clinic', address: '1 Lake Street, Madison' },
  practitioner: null,
  documentTitle: 'Progress report',
  subjectLine: 'Ada Lovelace · C-100',
  footerNote: 'Printed 2 Mar 2026',
};

function boxesOf(spec: TrendChartSpec): LabelBox[] {
  const report = createReport({ pageSize: 'letter', title: 'Chart', createdAt: new Date(0), frame });
  return trendChart(report.doc, spec);
}

const dates = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1} Mar`);

// The progress report's charts (progress-report.ts): height 95, the instruments' own bands, the
// important-change line drawn from the baseline.
const cases: readonly { readonly why: string; readonly spec: TrendChartSpec }[] = [
  {
    why: 'ODI scores at the top right of each band, with the important-change line across a band label',
    spec: {
      title: 'ODI',
      unit: '%',
      min: 0,
      max: 100,
      higherIsBetter: false,
      height: 95,
      bands: odi.bands.map((b) => ({ label: b.label, max: b.max })),
      referenceLine: { value: 38.9, label: 'Important improvement from baseline 48.9 % (10 points)' },
      points: [78, 64, 60, 48.9, 41, 40, 22, 20, 19].map((value, i) => ({ label: dates(9)[i] ?? '', value })),
    },
  },
  {
    why: 'NDI with a band thinner than its label (no disability, 0–4 of 50)',
    spec: {
      title: 'NDI',
      unit: '',
      min: 0,
      max: 50,
      higherIsBetter: false,
      height: 95,
      bands: ndi.bands.map((b) => ({ label: b.label, max: b.max })),
      referenceLine: { value: 19, label: 'Important improvement from baseline 24 (5)' },
      points: [24, 14, 5, 4, 3, 2].map((value, i) => ({ label: dates(6)[i] ?? '', value })),
    },
  },
  {
    why: 'NPRS with twelve points, a gap and the line on a band edge',
    spec: {
      title: 'NPRS',
      unit: '',
      min: 0,
      max: 10,
      higherIsBetter: false,
      height: 95,
      bands: nprsBandTables.standard.map((b) => ({ label: b.label, max: b.max })),
      referenceLine: { value: 6, label: 'Important improvement from baseline 8 (2)' },
      points: [8, 8, 7, null, 6, 6, 4, 3, 3, 2, 1, 0].map((value, i) => ({
        label: dates(12)[i] ?? '',
        value,
      })),
    },
  },
];

describe(trendChart.name, () => {
  for (const c of cases)
    test(`places no label over another: ${c.why}`, () => {
      const boxes = boxesOf(c.spec);
      // A band of no height (NPRS "No pain", 0–0) is neither shaded nor labelled.
      const bandLabels = (c.spec.bands ?? [])
        .filter((b, i, all) => b.max > (all[i - 1]?.max ?? c.spec.min))
        .map((b) => b.label);
      assert.ok(bandLabels.every((label) => boxes.some((b) => b.text === label)));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          assert.ok(
            !overlaps(a, b),
            `"${a.text}" ${JSON.stringify(a)} overlaps "${b.text}" ${JSON.stringify(b)}`,
          );
    });
});
