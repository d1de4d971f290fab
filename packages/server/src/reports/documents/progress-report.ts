import { categoryColour, type Episode, type PageSizeName, type ProgressSeries } from '@sotchart/contract';
import type { VerificationSummary } from '@sotchart/engine';
import { dateInZone, printedDate } from '../../services/clinic-date';
import type { ClinicDetails, PractitionerCredentials } from '../page-frame';
import { createReport } from '../pdf-report';
import { table } from '../report-table';
import { bullets, heading, keyValues, paragraph, title } from '../report-text';
import { trendChart } from '../trend-chart';
import { categoryLabel, scoreText, visitTypeLabels } from './clinical-labels';
import { clearingRows, type ClearingItem } from './progress-clearing';

/** One visit of the period as the progress report lists it. */
export interface ProgressVisit {
  readonly visitAt: string;
  readonly type: string;
  readonly signed: boolean;
  readonly category: string;
  readonly side: string | null;
  readonly level: string | null;
  readonly treated: string | null;
  readonly summary: VerificationSummary;
  /** Pre-check items (one per indicator, site and side) that were positive, and whether each cleared. */
  readonly indicators: readonly ClearingItem[];
}

export interface ProgressReportModel {
  readonly clinic: ClinicDetails;
  readonly practitioner: PractitionerCredentials | null;
  readonly timeZone: string;
  readonly patient: { readonly name: string; readonly chartNumber: string; readonly dateOfBirth: string };
  /** The period, YYYY-MM-DD, both ends included. */
  readonly period: { readonly from: string; readonly to: string };
  readonly episode: Episode | null;
  /** Score series with only the period's points. */
  readonly series: readonly ProgressSeries[];
  /** The period's visits, oldest first. */
  readonly visits: readonly ProgressVisit[];
  readonly indicatorName: (id: string) => string;
  readonly createdAt: Date;
}

const shortDate = (iso: string, timeZone: string): string =>
  printedDate(dateInZone(iso, timeZone)).replace(/ \d{4}$/, '');

function scores(doc: PDFKit.PDFDocument, m: ProgressReportModel): void {
  heading(doc, 'Outcome scores');
  if (m.series.length === 0) {
    paragraph(doc, 'No questionnaires in this period.', { muted: true });
    return;
  }
  for (const s of m.series) {
    const unit = s.unit === 'percent' ? '%' : '';
    const threshold = s.importantChange;
    const reference =
      threshold === null || s.baseline === null
        ? undefined
        : {
            value: s.higherIsBetter ? s.baseline + threshold : s.baseline - threshold,
            label: `Important improvement from baseline ${scoreText(s.baseline, s.unit)} (${threshold}${unit === '%' ? ' points' : ''})`,
          };
    trendChart(doc, {
      title: `${s.name} — ${s.higherIsBetter ? 'higher is better' : 'lower is better'}`,
      unit,
      min: s.min,
      max: s.max,
      higherIsBetter: s.higherIsBetter,
      bands: s.bands.map((b) => ({ label: b.label, max: b.max })),
      ...(reference === undefined ? {} : { referenceLine: reference }),
      points: s.points.map((p) => ({ label: shortDate(p.administeredAt, m.timeZone), value: p.value })),
      height: 95,
    });
    table(
      doc,
      [
        { header: 'Date', width: 1.4 },
        { header: 'Score', width: 1, align: 'right' },
        { header: 'Band', width: 2.2 },
        { header: 'Change since baseline', width: 2.4 },
      ],
      s.points.map((p) => [
        printedDate(dateInZone(p.administeredAt, m.timeZone)),
        scoreText(p.value, s.unit),
        p.band ?? '—',
        p.delta === null
          ? p.value === null
            ? 'not scored (items missing)'
            : 'baseline'
          : `${p.delta > 0 ? '+' : ''}${p.delta}${unit === '%' ? ' points' : ''}${p.verdict === null || p.verdict === 'none' ? '' : ` — ${p.verdict}`}`,
      ]),
      { fontSize: 8 },
    );
  }
}

function categories(doc: PDFKit.PDFDocument, m: ProgressReportModel): void {
  heading(doc, 'Categories over visits');
  if (m.visits.length === 0) {
    paragraph(doc, 'No visits in this period.', { muted: true });
    return;
  }
  table(
    doc,
    [
      { header: 'Date', width: 1.3 },
      { header: 'Visit', width: 1.3 },
      { header: 'SOT analysis', width: 2.8 },
      { header: 'Treated', width: 1 },
      { header: 'Post-check', width: 2.6 },
    ],
    m.visits.map((v) => [
      printedDate(dateInZone(v.visitAt, m.timeZone)),
      `${visitTypeLabels[v.type] ?? v.type}${v.signed ? '' : ' (draft)'}`,
      categoryLabel(v.category, v.side, v.level),
      v.treated ?? '—',
      `${v.summary.positiveCleared} of ${v.summary.positivePre} positive findings cleared`,
    ]),
    {
      fontSize: 8,
      // Each category in its own colour, as on screen; the words say it too.
      cellColor: (row, column) => {
        const v = m.visits[row];
        if (v === undefined) return undefined;
        const category = column === 2 ? v.category : column === 3 ? (v.treated ?? '') : '';
        return categoryColour(category) ?? undefined;
      },
    },
  );
}

function clearing(doc: PDFKit.PDFDocument, m: ProgressReportModel): void {
  heading(doc, 'Indicator clearing');
  const rows = clearingRows(m.visits, m.indicatorName);
  if (rows.length === 0) {
    paragraph(doc, 'No positive indicators at the pre-checks of this period.', { muted: true });
    return;
  }
  paragraph(
    doc,
    'Each indicator found positive before treatment (each site and side counted apart), and how often it cleared at the post-check.',
    { muted: true },
  );
  table(
    doc,
    [
      { header: 'Indicator, site and side', width: 3 },
      { header: 'Positive before', width: 1.2, align: 'right' },
      { header: 'Cleared after', width: 1.2, align: 'right' },
      { header: 'Last positive', width: 1.4 },
    ],
    rows.map((r) => [
      r.label,
      String(r.positive),
      `${r.cleared} (${Math.round((r.cleared / r.positive) * 100)}%)`,
      printedDate(dateInZone(r.last, m.timeZone)),
    ]),
    { fontSize: 8 },
  );
}

function goals(doc: PDFKit.PDFDocument, m: ProgressReportModel): void {
  heading(doc, 'Goals and plan');
  const e = m.episode;
  if (e === null) {
    paragraph(doc, 'No episode of care in this period.', { muted: true });
    return;
  }
  keyValues(doc, [
    ['Complaint', `${e.complaint} (${e.onset} onset, since ${printedDate(e.startDate)})`],
    ['Phase of care', e.phase === 'active' ? 'Active (corrective) care' : 'Maintenance care'],
    [
      'Plan',
      [
        e.plan.visitsPerWeek === null ? null : `${e.plan.visitsPerWeek} visit(s) a week`,
        e.plan.durationWeeks === null ? null : `for ${e.plan.durationWeeks} weeks`,
        e.plan.reExamDate === null ? null : `re-examination ${printedDate(e.plan.reExamDate)}`,
      ]
        .filter((s) => s !== null)
        .join(', '),
    ],
    ['Diagnoses', e.diagnoses.map((d) => `${d.code}${d.region === '' ? '' : ` (${d.region})`}`).join(', ')],
  ]);
  if (e.plan.goals.length === 0) paragraph(doc, 'No goals recorded.', { muted: true });
  else
    table(
      doc,
      [
        { header: 'Goal', width: 2.4 },
        { header: 'Target', width: 2.4 },
        { header: 'By', width: 1.2 },
        { header: 'Status', width: 1 },
      ],
      e.plan.goals.map((g) => [
        g.description,
        g.target,
        printedDate(g.targetDate),
        g.achieved ? 'achieved' : 'open',
      ]),
    );
}

/**
 * A progress report for a period: outcome scores with trend charts (bands shaded, the important-change
 * line drawn from the baseline), categories over the visits, indicator clearing, goals and plan.
 */
export function renderProgressReport(m: ProgressReportModel, pageSize: PageSizeName): Promise<Buffer> {
  const period = `${printedDate(m.period.from)} – ${printedDate(m.period.to)}`;
  const report = createReport({
    pageSize,
    title: `Progress report — ${m.patient.name}, ${period}`,
    subject: 'Chiropractic progress report (SOT)',
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: m.createdAt,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: 'Progress report',
      subjectLine: `${m.patient.name} · ${m.patient.chartNumber}`,
      footerNote: `Printed ${printedDate(dateInZone(m.createdAt, m.timeZone))}`,
    },
  });
  const { doc } = report;
  title(doc, 'Progress report', `${m.patient.name} · ${period}`);
  const improved = m.series
    .filter((s) => s.points[s.points.length - 1]?.verdict === 'improved')
    .map((s) => s.name);
  keyValues(doc, [
    [
      'Patient',
      `${m.patient.name} (chart ${m.patient.chartNumber}), born ${printedDate(m.patient.dateOfBirth)}`,
    ],
    [
      'Period',
      `${period}: ${m.visits.length} visit(s), ${m.series.reduce((n, s) => n + s.points.length, 0)} questionnaire(s)`,
    ],
    [
      'Important improvement',
      improved.length === 0 ? 'None yet by the published thresholds' : improved.join(', '),
    ],
  ]);
  scores(doc, m);
  categories(doc, m);
  clearing(doc, m);
  goals(doc, m);
  heading(doc, 'About these results');
  bullets(
    doc,
    [
      'Scores are computed by SOT Chart from the patient’s item answers with each instrument’s published rule; an important change uses the published threshold for that instrument.',
      'SOT categories and indicators are practitioner findings with limited published reliability; they support clinical judgement and are not diagnoses.',
    ],
    8,
  );
  return report.finish();
}
