import { categoryColour, type Episode, type PageSizeName, type ProgressSeries } from '@sotchart/contract';
import type { Finding, VerificationSummary } from '@sotchart/engine';
import { dateInZone } from '../../services/clinic-date';
import { documentLanguage, type DocumentLanguage } from '../document-language';
import type { ClinicDetails, PractitionerCredentials } from '../page-frame';
import { createReport } from '../pdf-report';
import { table } from '../report-table';
import { bullets, heading, keyValues, paragraph, title } from '../report-text';
import { trendChart } from '../trend-chart';
import { categoryLabel, scoreText, visitTypeLabel } from './clinical-labels';
import { clearingRows, type ClearingItem } from './progress-clearing';

/** One visit of the period as the progress report lists it. */
export interface ProgressVisit {
  readonly visitAt: string;
  readonly type: string;
  readonly signed: boolean;
  readonly category: string;
  readonly side: string | null;
  readonly level: string | null;
  /** The category treated, e.g. "II"; null when none was recorded. */
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

/** Where a finding was taken, in the report's words: "upper fossa", "line 2, area 5", "T5". */
export function siteWords(site: Finding['site'], dl: DocumentLanguage): string {
  if (site === undefined) return '';
  const { t } = dl;
  return [
    site.fossa === undefined ? null : t('site.fossa', { fossa: site.fossa }),
    site.line === undefined ? null : t('site.line', { line: site.line }),
    site.area === undefined ? null : t('site.area', { area: site.area }),
    site.level ?? null,
    site.structure?.replaceAll('_', ' ') ?? null,
    site.direction ?? null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

function scores(doc: PDFKit.PDFDocument, m: ProgressReportModel, dl: DocumentLanguage): void {
  const { t } = dl;
  heading(doc, t('progress.scores'));
  if (m.series.length === 0) {
    paragraph(doc, t('progress.noQuestionnaires'), { muted: true });
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
            label: t('progress.importantLine', {
              baseline: scoreText(s.baseline, s.unit, dl),
              threshold: dl.number(threshold),
              unit: s.unit,
            }),
          };
    trendChart(doc, {
      title: t('progress.chartTitle', { name: s.name, direction: s.higherIsBetter ? 'higher' : 'lower' }),
      unit,
      min: s.min,
      max: s.max,
      higherIsBetter: s.higherIsBetter,
      bands: s.bands.map((b) => ({ label: b.label, max: b.max })),
      ...(reference === undefined ? {} : { referenceLine: reference }),
      points: s.points.map((p) => ({
        label: dl.shortDate(dateInZone(p.administeredAt, m.timeZone)),
        value: p.value,
      })),
      formatValue: (v) => dl.number(v),
      height: 95,
    });
    table(
      doc,
      [
        { header: t('table.date'), width: 1.4 },
        { header: t('table.score'), width: 1, align: 'right' },
        { header: t('table.band'), width: 2.2 },
        { header: t('table.changeSinceBaseline'), width: 2.4 },
      ],
      s.points.map((p) => [
        dl.date(dateInZone(p.administeredAt, m.timeZone)),
        scoreText(p.value, s.unit, dl),
        p.band ?? '—',
        p.delta === null
          ? p.value === null
            ? t('progress.notScored')
            : t('outcome.baseline')
          : t('progress.change', {
              delta: `${p.delta > 0 ? '+' : ''}${dl.number(p.delta)}`,
              unit: s.unit,
              verdict: p.verdict ?? 'none',
            }),
      ]),
      { fontSize: 8 },
    );
    // A translation that is not a published, validated one: its scores may not match the thresholds.
    if (s.wording?.validated === false)
      paragraph(
        doc,
        t('progress.unvalidated', {
          name: s.name,
          language: dl.languageName(s.wording.language),
        }),
        { muted: true, italic: true, size: 8 },
      );
  }
}

function categories(doc: PDFKit.PDFDocument, m: ProgressReportModel, dl: DocumentLanguage): void {
  const { t } = dl;
  heading(doc, t('progress.categories'));
  if (m.visits.length === 0) {
    paragraph(doc, t('progress.noVisits'), { muted: true });
    return;
  }
  table(
    doc,
    [
      { header: t('table.date'), width: 1.3 },
      { header: t('table.visit'), width: 1.3 },
      { header: t('table.sotAnalysis'), width: 2.8 },
      { header: t('table.treated'), width: 1 },
      { header: t('table.postCheck'), width: 2.6 },
    ],
    m.visits.map((v) => [
      dl.date(dateInZone(v.visitAt, m.timeZone)),
      v.signed ? visitTypeLabel(v.type, dl) : t('progress.visitDraft', { type: visitTypeLabel(v.type, dl) }),
      categoryLabel(v.category, v.side, v.level, dl),
      v.treated === null ? '—' : t('category.name', { category: v.treated }),
      t('progress.cleared', { cleared: v.summary.positiveCleared, positive: v.summary.positivePre }),
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

function clearing(doc: PDFKit.PDFDocument, m: ProgressReportModel, dl: DocumentLanguage): void {
  const { t } = dl;
  heading(doc, t('progress.clearing'));
  const rows = clearingRows(m.visits, m.indicatorName, { L: t('side.left'), R: t('side.right') }, (site) =>
    siteWords(site, dl),
  );
  if (rows.length === 0) {
    paragraph(doc, t('progress.noPositive'), { muted: true });
    return;
  }
  paragraph(doc, t('progress.clearingIntro'), { muted: true });
  table(
    doc,
    [
      { header: t('table.indicatorSiteSide'), width: 3 },
      { header: t('table.positiveBefore'), width: 1.2, align: 'right' },
      { header: t('table.clearedAfter'), width: 1.2, align: 'right' },
      { header: t('table.lastPositive'), width: 1.4 },
    ],
    rows.map((r) => [
      r.label,
      dl.number(r.positive),
      t('progress.clearedShare', { cleared: r.cleared, percent: Math.round((r.cleared / r.positive) * 100) }),
      dl.date(dateInZone(r.last, m.timeZone)),
    ]),
    { fontSize: 8 },
  );
}

function goals(doc: PDFKit.PDFDocument, m: ProgressReportModel, dl: DocumentLanguage): void {
  const { t } = dl;
  heading(doc, t('progress.goals'));
  const e = m.episode;
  if (e === null) {
    paragraph(doc, t('progress.noEpisode'), { muted: true });
    return;
  }
  keyValues(doc, [
    [
      t('progress.complaint'),
      t('progress.complaintValue', { complaint: e.complaint, onset: e.onset, date: dl.date(e.startDate) }),
    ],
    [t('progress.phase'), e.phase === 'active' ? t('progress.phaseActive') : t('progress.phaseMaintenance')],
    [
      t('progress.plan'),
      [
        e.plan.visitsPerWeek === null ? null : t('progress.visitsPerWeek', { count: e.plan.visitsPerWeek }),
        e.plan.durationWeeks === null ? null : t('progress.forWeeks', { count: e.plan.durationWeeks }),
        e.plan.reExamDate === null ? null : t('progress.reExam', { date: dl.date(e.plan.reExamDate) }),
      ]
        .filter((s) => s !== null)
        .join(', '),
    ],
    [
      t('codes.diagnoses'),
      e.diagnoses.map((d) => `${d.code}${d.region === '' ? '' : ` (${d.region})`}`).join(', '),
    ],
  ]);
  if (e.plan.goals.length === 0) paragraph(doc, t('progress.noGoals'), { muted: true });
  else
    table(
      doc,
      [
        { header: t('table.goal'), width: 2.4 },
        { header: t('table.target'), width: 2.4 },
        { header: t('table.by'), width: 1.2 },
        { header: t('table.status'), width: 1 },
      ],
      e.plan.goals.map((g) => [
        g.description,
        g.target,
        dl.date(g.targetDate),
        g.achieved ? t('progress.goalAchieved') : t('progress.goalOpen'),
      ]),
    );
}

/**
 * A progress report for a period: outcome scores with trend charts (bands shaded, the important-change
 * line drawn from the baseline), categories over the visits, indicator clearing, goals and plan.
 */
export function renderProgressReport(
  m: ProgressReportModel,
  pageSize: PageSizeName,
  dl: DocumentLanguage = documentLanguage('en', ['reports', 'protocolContent']),
): Promise<Buffer> {
  const { t } = dl;
  const period = t('progress.period', { from: dl.date(m.period.from), to: dl.date(m.period.to) });
  const report = createReport({
    pageSize,
    title: t('progress.pdfTitle', { patient: m.patient.name, period }),
    subject: t('progress.subject'),
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: m.createdAt,
    language: dl,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: t('progress.title'),
      subjectLine: `${m.patient.name} · ${m.patient.chartNumber}`,
      footerNote: t('progress.printed', { date: dl.date(dateInZone(m.createdAt, m.timeZone)) }),
    },
  });
  const { doc } = report;
  title(doc, t('progress.title'), `${m.patient.name} · ${period}`);
  const improved = m.series
    .filter((s) => s.points[s.points.length - 1]?.verdict === 'improved')
    .map((s) => s.name);
  keyValues(doc, [
    [
      t('label.patient'),
      t('progress.patientValue', {
        name: m.patient.name,
        chart: m.patient.chartNumber,
        date: dl.date(m.patient.dateOfBirth),
      }),
    ],
    [
      t('progress.periodLabel'),
      t('progress.periodValue', {
        period,
        visits: m.visits.length,
        questionnaires: m.series.reduce((n, s) => n + s.points.length, 0),
      }),
    ],
    [t('progress.importantImprovement'), improved.length === 0 ? t('progress.noneYet') : improved.join(', ')],
  ]);
  scores(doc, m, dl);
  categories(doc, m, dl);
  clearing(doc, m, dl);
  goals(doc, m, dl);
  heading(doc, t('progress.about'));
  bullets(doc, [t('progress.aboutScores'), t('progress.aboutCategories')], 8);
  return report.finish();
}
