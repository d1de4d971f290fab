import { siteLabel, type Change, type Finding, type VerificationItem } from '@sotchart/engine';
import { table } from '../report-table';
import { heading, keyValues, paragraph, subheading } from '../report-text';
import { changeLabels, findingValue, scoreText } from './clinical-labels';
import { nameIn, type VisitNoteSnapshot } from './visit-note-snapshot';

const orDash = (s: string): string => (s.trim() === '' ? '—' : s);
const sideWords = { L: 'left', R: 'right' } as const;

/**
 * A finding's value as read on one side of a sided item (the Side column names the side): a finding
 * of the other side says nothing positive about this one (REFERENCE §9, read per side).
 */
function valueOn(f: Finding | undefined, side: 'L' | 'R' | null): string {
  if (f === undefined || side === null) return findingValue(f);
  if ((f.side === 'L' || f.side === 'R') && f.side !== side) return 'negative';
  return findingValue({ ...f, side: undefined });
}

/** One verification item as a row of the note: indicator, site, side, pre, post and change. */
export function indicatorRow(i: VerificationItem, name: string): string[] {
  return [
    name,
    orDash(siteLabel(i.site)),
    i.side === null ? '—' : sideWords[i.side],
    valueOn(i.pre, i.side),
    valueOn(i.post, i.side),
    changeLabels[i.change],
  ];
}

/** S: the complaint, pain, the practitioner's subjective notes and the questionnaires scored that day. */
export function subjectiveSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { visit } = s;
  heading(doc, 'S — Subjective');
  keyValues(doc, [
    ['Chief complaint', visit.chiefComplaint],
    ['Pain (NPRS 0–10)', visit.pain === null ? '' : `${visit.pain}/10`],
  ]);
  for (const text of [visit.record.subjective, visit.record.soap.subjective])
    if (text.trim() !== '') paragraph(doc, text);
  if (s.outcomes.length > 0) {
    subheading(doc, 'Outcome questionnaires this day');
    table(
      doc,
      [
        { header: 'Questionnaire', width: 3 },
        { header: 'Score', width: 1.2, align: 'right' },
        { header: 'Band', width: 2 },
        { header: 'Since baseline', width: 2.2 },
      ],
      s.outcomes.map((o) => [o.name, scoreText(o.value, o.unit), o.band ?? '—', o.change ?? 'baseline']),
    );
  }
}

/** The screen answers of one kind (red flags or contraindications) in words. */
function screenLine(s: VisitNoteSnapshot, prefix: 'rf_' | 'ci_'): string {
  const answered = s.visit.findings.filter((f) => f.indicator.startsWith(prefix) && f.phase === 'pre');
  const positive = answered.filter((f) => f.positive === true);
  if (answered.length === 0) return 'Not recorded';
  if (positive.length === 0) return `Negative (${answered.length} questions)`;
  return `Positive: ${positive.map((f) => nameIn(s, f.indicator)).join(', ')}`;
}

function examination(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { exam } = s.visit.record;
  const vitals = [
    exam.vitals.systolic === undefined
      ? null
      : `BP ${exam.vitals.systolic}/${exam.vitals.diastolic ?? '–'} mmHg`,
    exam.vitals.pulse === undefined ? null : `pulse ${exam.vitals.pulse}/min`,
    exam.vitals.respiration === undefined ? null : `respiration ${exam.vitals.respiration}/min`,
    exam.vitals.temperatureC === undefined ? null : `${exam.vitals.temperatureC} °C`,
  ].filter((v) => v !== null);
  keyValues(doc, [
    ['Red-flag screen', screenLine(s, 'rf_')],
    ['Contraindications', screenLine(s, 'ci_')],
    ['Vitals', vitals.join(', ')],
  ]);
  const result = (t: { result: string; side: string; note?: string | undefined }) =>
    `${t.result}${t.side === 'none' ? '' : `, ${t.side}`}${t.note ? `: ${t.note}` : ''}`;
  const tests = [
    ...exam.rangeOfMotion.map((r) => [`ROM ${r.region} ${r.motion}`, `${r.degrees}°`]),
    ...exam.orthopaedicTests.map((t) => [t.name, result(t)]),
    ...exam.neurologicalTests.map((t) => [t.name, result(t)]),
    ...exam.reflexes.map((r) => [`Reflex ${r.name} ${r.side}`, `${r.grade}+`]),
  ];
  if (tests.length === 0) return;
  subheading(doc, 'Examination');
  table(
    doc,
    [
      { header: 'Test', width: 3 },
      { header: 'Result', width: 4 },
    ],
    tests,
  );
}

/** The §9 summary in words: the headline first, the other changes, and unchecked negatives apart. */
function verificationSummary(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const summary = s.visit.engine.verification.summary;
  paragraph(doc, `${summary.positiveCleared} of ${summary.positivePre} positive findings cleared`, {
    bold: true,
  });
  const others: [Change, string][] = [
    ['improved', 'improved'],
    ['unchanged', 'unchanged'],
    ['worse', 'worse'],
    ['side_changed', 'side changed'],
    ['new', 'found only after treatment'],
    ['not_rechecked', 'positive before treatment and not re-checked'],
  ];
  const counted = others.filter(([c]) => summary[c] > 0).map(([c, words]) => `${summary[c]} ${words}`);
  if (counted.length > 0) paragraph(doc, `Also: ${counted.join('; ')}.`, { muted: true });
  if (summary.negativeNotRechecked > 0)
    paragraph(
      doc,
      `${summary.negativeNotRechecked} negative before treatment and not re-checked (not a gap: nothing to clear).`,
      { muted: true },
    );
}

/** O: the screens, vitals and tests, and the SOT indicators pre and post per side (REFERENCE §9). */
export function objectiveSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  heading(doc, 'O — Objective');
  examination(doc, s);
  subheading(doc, 'SOT indicators, pre and post');
  const { items } = s.visit.engine.verification;
  if (items.length === 0) paragraph(doc, 'No indicators recorded.', { muted: true });
  else {
    table(
      doc,
      [
        { header: 'Indicator', width: 2.8 },
        { header: 'Site', width: 1.4 },
        { header: 'Side', width: 0.8 },
        { header: 'Pre', width: 1.9 },
        { header: 'Post', width: 1.9 },
        { header: 'Change', width: 1.8 },
      ],
      items.map((i) => indicatorRow(i, nameIn(s, i.indicator))),
    );
    verificationSummary(doc, s);
  }
  if (s.visit.record.soap.objective.trim() !== '') paragraph(doc, s.visit.record.soap.objective);
}
