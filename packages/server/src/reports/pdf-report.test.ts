import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractPdfText } from './extract-pdf-text';
import type { PageFrame } from './page-frame';
import { createReport } from './pdf-report';
import { table } from './report-table';
import { heading, keyValues, paragraph, title } from './report-text';
import { trendChart } from './trend-chart';

const frame: PageFrame = {
  clinic: { name: 'Harbour SOT Chiropractic', address: '12 Harbour Road, Springfield' },
  practitioner: {
    nameAsSigned: 'Dana Demo, DC',
    degree: 'DC',
    licenceNumber: 'DC-0001',
    licenceState: 'IL',
    npi: '1234567893',
  },
  documentTitle: 'Test document',
  subjectLine: 'Ada Lovelace · C-100',
  footerNote: 'Printed 2 Mar 2026',
};

async function render(pageSize: 'a4' | 'letter', rows = 3): Promise<Buffer> {
  const report = createReport({
    pageSize,
    title: 'Test',
    createdAt: new Date('2026-03-02T14:30:00Z'),
    frame,
  });
  const { doc } = report;
  title(doc, 'Primitives', 'Ada Lovelace · 2 Mar 2026');
  heading(doc, 'Details');
  keyValues(doc, [
    ['Patient', 'Ada Lovelace'],
    ['Note', ''],
  ]);
  paragraph(doc, 'Accents and signs: café, 90°, ±2, ✓.');
  table(
    doc,
    [
      { header: 'Indicator', width: 3 },
      { header: 'Pre', width: 1 },
      { header: 'Post', width: 1, align: 'right' },
    ],
    Array.from({ length: rows }, (_, i) => [`Row ${i + 1}`, 'R+', 'cleared']),
  );
  trendChart(doc, {
    title: 'ODI',
    unit: '%',
    min: 0,
    max: 100,
    higherIsBetter: false,
    bands: [
      { label: 'Minimal', max: 20 },
      { label: 'Moderate', max: 40 },
      { label: 'Severe', max: 60 },
      { label: 'Crippled', max: 80 },
      { label: 'Bed-bound', max: 100 },
    ],
    referenceLine: { value: 30, label: 'Important change from baseline (10 points)' },
    points: [
      { label: '5 Jan', value: 40 },
      { label: '19 Jan', value: null },
      { label: '2 Feb', value: 24.4 },
    ],
  });
  return report.finish();
}

describe('createReport', () => {
  test('carries the clinic, the practitioner credentials and page numbers on every page', async () => {
    const pdf = await extractPdfText(await render('a4', 80));
    assert.ok(pdf.pages.length >= 2);
    for (const [i, page] of pdf.pages.entries()) {
      assert.match(page.text, /Harbour SOT Chiropractic/);
      assert.match(page.text, /Dana Demo, DC/);
      assert.match(page.text, /DC · Licence IL DC-0001 · NPI 1234567893/);
      assert.match(page.text, new RegExp(`Page ${i + 1} of ${pdf.pages.length}`));
    }
    assert.match(pdf.text, /café, 90°, ±2, ✓/);
    assert.match(pdf.text, /Row 80/);
    assert.equal(pdf.info.Title, 'Test');
  });

  test('renders A4 at 595 × 842 pt and US Letter at 612 × 792 pt', async () => {
    const a4 = await extractPdfText(await render('a4'));
    const letter = await extractPdfText(await render('letter'));
    assert.deepEqual([Math.round(a4.pages[0]?.width ?? 0), Math.round(a4.pages[0]?.height ?? 0)], [595, 842]);
    assert.deepEqual([letter.pages[0]?.width, letter.pages[0]?.height], [612, 792]);
  });

  test('renders the same input to the same bytes', async () => {
    const first = await render('letter');
    const second = await render('letter');
    assert.equal(first.equals(second), true);
  });

  test('embeds only DejaVu fonts', async () => {
    const text = (await render('a4')).toString('latin1');
    const names = [...text.matchAll(/\/BaseFont \/([A-Z]{6}\+)?([A-Za-z-]+)/g)].map((m) => m[2]);
    assert.ok(names.length > 0);
    assert.deepEqual(
      names.filter((n) => !n?.startsWith('DejaVu')),
      [],
    );
  });
});
