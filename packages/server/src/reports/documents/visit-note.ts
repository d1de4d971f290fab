import type { Addendum, Episode, Visit } from '@sotchart/contract';
import { checkPartLetters, type Change } from '@sotchart/engine';
import { printedDate, printedDateTime } from '../../services/clinic-date';
import { credentialLine, type ClinicDetails, type PractitionerCredentials } from '../page-frame';
import type { PageSize } from '../page-size';
import { createReport } from '../pdf-report';
import { table } from '../report-table';
import { bullets, heading, keyValues, paragraph, subheading, title } from '../report-text';
import {
  categoryLabel,
  changeLabels,
  findingValue,
  landmarkLabels,
  scoreText,
  siteLabel,
  visitTypeLabels,
} from './clinical-labels';
import { codingSuggestionRows, visitCodingSuggestion } from '../../interop/coding/visit-coding-suggestion';

/** A questionnaire scored on the day of the visit, as the note lists it. */
export interface NoteOutcome {
  readonly name: string;
  readonly value: number | null;
  readonly unit: 'points' | 'percent';
  readonly band: string | null;
  readonly change: string | null;
}

/** Everything the signed visit note prints; the document service gathers it. */
export interface VisitNoteModel {
  readonly clinic: ClinicDetails;
  readonly timeZone: string;
  readonly patient: {
    readonly name: string;
    readonly chartNumber: string;
    readonly dateOfBirth: string;
    readonly sex: string;
  };
  readonly visit: Visit;
  readonly episode: Episode | null;
  /** The practitioner who charted (and, once signed, signed) the visit. */
  readonly practitioner: PractitionerCredentials | null;
  readonly addenda: readonly (Addendum & { readonly authorName: string })[];
  readonly outcomes: readonly NoteOutcome[];
  /** The indicator's name in the clinic's protocol pack. */
  readonly indicatorName: (id: string) => string;
}

const orDash = (s: string): string => (s.trim() === '' ? '—' : s);

function subjective(doc: PDFKit.PDFDocument, m: VisitNoteModel): void {
  const { visit } = m;
  heading(doc, 'S — Subjective');
  keyValues(doc, [
    ['Chief complaint', visit.chiefComplaint],
    ['Pain (NPRS 0–10)', visit.pain === null ? '' : `${visit.pain}/10`],
  ]);
  for (const text of [visit.record.subjective, visit.record.soap.subjective])
    if (text.trim() !== '') paragraph(doc, text);
  if (m.outcomes.length > 0) {
    subheading(doc, 'Outcome questionnaires this day');
    table(
      doc,
      [
        { header: 'Questionnaire', width: 3 },
        { header: 'Score', width: 1.2, align: 'right' },
        { header: 'Band', width: 2 },
        { header: 'Since baseline', width: 2.2 },
      ],
      m.outcomes.map((o) => [o.name, scoreText(o.value, o.unit), o.band ?? '—', o.change ?? 'baseline']),
    );
  }
}

function objective(doc: PDFKit.PDFDocument, m: VisitNoteModel): void {
  const { visit } = m;
  const { exam } = visit.record;
  heading(doc, 'O — Objective');
  const redFlags = visit.findings.filter((f) => f.indicator.startsWith('rf_'));
  const positiveFlags = redFlags.filter((f) => f.positive === true);
  keyValues(doc, [
    [
      'Red-flag screen',
      redFlags.length === 0
        ? 'Not recorded'
        : positiveFlags.length === 0
          ? `Negative (${redFlags.length} questions)`
          : `Positive: ${positiveFlags.map((f) => m.indicatorName(f.indicator)).join(', ')}`,
    ],
    [
      'Vitals',
      [
        exam.vitals.systolic === undefined
          ? null
          : `BP ${exam.vitals.systolic}/${exam.vitals.diastolic ?? '–'} mmHg`,
        exam.vitals.pulse === undefined ? null : `pulse ${exam.vitals.pulse}/min`,
        exam.vitals.respiration === undefined ? null : `respiration ${exam.vitals.respiration}/min`,
        exam.vitals.temperatureC === undefined ? null : `${exam.vitals.temperatureC} °C`,
      ]
        .filter((s) => s !== null)
        .join(', '),
    ],
  ]);
  const tests = [
    ...exam.rangeOfMotion.map((r) => [`ROM ${r.region} ${r.motion}`, `${r.degrees}°`]),
    ...exam.orthopaedicTests.map((t) => [
      t.name,
      `${t.result}${t.side === 'none' ? '' : `, ${t.side}`}${t.note ? `: ${t.note}` : ''}`,
    ]),
    ...exam.neurologicalTests.map((t) => [
      t.name,
      `${t.result}${t.side === 'none' ? '' : `, ${t.side}`}${t.note ? `: ${t.note}` : ''}`,
    ]),
    ...exam.reflexes.map((r) => [`Reflex ${r.name} ${r.side}`, `${r.grade}+`]),
  ];
  if (tests.length > 0) {
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
  subheading(doc, 'SOT indicators, pre and post');
  const items = visit.engine.verification.items.filter(
    (i) => !i.indicator.startsWith('rf_') && !i.indicator.startsWith('ci_'),
  );
  if (items.length === 0) paragraph(doc, 'No indicators recorded.', { muted: true });
  else
    table(
      doc,
      [
        { header: 'Indicator', width: 3 },
        { header: 'Site', width: 1.6 },
        { header: 'Pre', width: 2.2 },
        { header: 'Post', width: 2.2 },
        { header: 'Change', width: 1.4 },
      ],
      items.map((i) => [
        m.indicatorName(i.indicator),
        orDash(siteLabel(i.site)),
        findingValue(i.pre),
        findingValue(i.post),
        changeLabels[i.change],
      ]),
    );
  const count = (change: Change): number => items.filter((i) => i.change === change).length;
  paragraph(
    doc,
    `Post-check: ${count('cleared')} cleared, ${count('improved')} improved, ${count('unchanged')} unchanged, ${count('worse')} worse, ${count('not_rechecked')} not re-checked.`,
    { muted: true },
  );
  if (visit.record.soap.objective.trim() !== '') paragraph(doc, visit.record.soap.objective);
}

function assessment(doc: PDFKit.PDFDocument, m: VisitNoteModel): void {
  const { visit } = m;
  const a = visit.engine.analysis;
  heading(doc, 'A — Assessment');
  if (a.referral !== null) {
    paragraph(doc, `Referral: ${a.referral.message}`, { bold: true });
  }
  keyValues(doc, [
    ['SOT analysis', categoryLabel(a.category, a.side, a.level)],
    ['Certainty', `${a.rule.certainty} (rule ${a.rule.id})`],
    ['Coexisting', a.coexisting.map((c) => categoryLabel(c.category, c.side, c.level)).join('; ')],
    [
      'Findings that counted',
      a.counted
        .map(
          (c) =>
            `${m.indicatorName(c.indicator)}${c.side === undefined ? '' : ` (${c.side})`} — ${c.role === 'P' ? 'primary' : 'supporting'}, Category ${c.category}`,
        )
        .join('; '),
    ],
    [
      'Treated as',
      visit.treatedCategory === null
        ? a.category === 'I' || a.category === 'II' || a.category === 'III'
          ? `Category ${a.category} (as analysed)`
          : ''
        : `Category ${visit.treatedCategory.category} — ${visit.treatedCategory.reason}`,
    ],
  ]);
  paragraph(doc, a.evidenceNote, { italic: true, muted: true, size: 8 });
  for (const text of [visit.record.assessment, visit.record.soap.assessment])
    if (text.trim() !== '') paragraph(doc, text);
  subheading(doc, 'PART per segment');
  if (visit.record.part.length === 0) paragraph(doc, 'No segments documented.', { muted: true });
  else
    table(
      doc,
      [
        { header: 'Segment', width: 1 },
        { header: 'P', width: 0.6, align: 'center' },
        { header: 'A', width: 0.6, align: 'center' },
        { header: 'R', width: 0.6, align: 'center' },
        { header: 'T', width: 0.6, align: 'center' },
        { header: 'Check (2 of 4, one A or R)', width: 3 },
      ],
      visit.record.part.map((p) => [
        p.segment,
        ...(['P', 'A', 'R', 'T'] as const).map((l) => (p.letters.includes(l) ? '✓' : '')),
        checkPartLetters(p.letters).summary,
      ]),
    );
}

function plan(doc: PDFKit.PDFDocument, m: VisitNoteModel): void {
  const { visit } = m;
  const t = visit.record.treatment;
  heading(doc, 'P — Treatment and plan');
  const blocks = t.blocks.map(
    (b) =>
      `${b.side === 'L' ? 'Left' : 'Right'} ${landmarkLabels[b.landmark] ?? b.landmark}, ${b.minutes} min`,
  );
  const rows: [string, string][] = [
    [
      'Blocking',
      blocks.length === 0
        ? ''
        : `${visit.engine.plan === null ? '' : `${visit.engine.plan.position === 'prone' ? 'Prone' : 'Supine'}: `}${blocks.join('; ')}`,
    ],
    [
      'Adjustments',
      t.adjustments.map((a) => `${a.segment} ${a.technique}${a.listing ? ` (${a.listing})` : ''}`).join('; '),
    ],
    ['CMRT', t.cmrt.map((c) => `${c.level}${c.note ? ` (${c.note})` : ''}`).join('; ')],
    [
      'Cranial',
      t.cranial.map((c) => [c.structure, c.direction, c.breathPhase].filter(Boolean).join(', ')).join('; '),
    ],
    [
      'Extremity',
      t.extremity.map((e) => `${e.joint} ${e.side}${e.direction ? ` ${e.direction}` : ''}`).join('; '),
    ],
    [
      'Instrument',
      t.instrument
        .map((i) => `${i.device} force ${i.force}, ${i.thrust}${i.segment ? ` at ${i.segment}` : ''}`)
        .join('; '),
    ],
    [
      'Sitting disc',
      t.sittingDisc
        .map((s) => `${s.level}${s.slrPre === undefined ? '' : ` SLR ${s.slrPre}° → ${s.slrPost ?? '–'}°`}`)
        .join('; '),
    ],
    ['Home care', visit.record.homeCare],
    ['Plan', [visit.record.plan, visit.record.soap.plan].filter((s) => s.trim() !== '').join(' ')],
  ];
  keyValues(
    doc,
    rows.filter(([label, value]) => value.trim() !== '' || label === 'Blocking' || label === 'Adjustments'),
  );
  const { coding } = visit.record;
  if (coding.diagnoses.length + coding.procedures.length > 0)
    keyValues(doc, [
      ['Diagnoses', coding.diagnoses.join(', ')],
      [
        'Procedures',
        `${coding.procedures.join(', ')}${coding.modifiers.length === 0 ? '' : ` (modifiers ${coding.modifiers.join(', ')})`}`,
      ],
    ]);
  // The engine's suggestion, for the practitioner to confirm (issue 10); confirmed codes are above.
  const suggestion = visitCodingSuggestion(visit.record, m.episode);
  if (suggestion !== null) keyValues(doc, codingSuggestionRows(suggestion));
  if (m.episode !== null) {
    const p = m.episode.plan;
    keyValues(doc, [
      [
        'Plan of care',
        [
          p.visitsPerWeek === null ? null : `${p.visitsPerWeek} visit(s) a week`,
          p.durationWeeks === null ? null : `for ${p.durationWeeks} weeks`,
          p.reExamDate === null ? null : `re-exam ${printedDate(p.reExamDate)}`,
        ]
          .filter((s) => s !== null)
          .join(', '),
      ],
    ]);
    if (p.goals.length > 0)
      bullets(
        doc,
        p.goals.map(
          (g) =>
            `${g.description}: ${g.target} by ${printedDate(g.targetDate)}${g.achieved ? ' (achieved)' : ''}`,
        ),
      );
  }
}

function signature(doc: PDFKit.PDFDocument, m: VisitNoteModel): void {
  const { visit } = m;
  heading(doc, 'Signature');
  if (visit.signedAt === null) {
    paragraph(doc, 'DRAFT — this note is not signed and may still change.', { bold: true });
  } else {
    const who = m.practitioner;
    paragraph(
      doc,
      `Electronically signed by ${who?.nameAsSigned ?? 'the practitioner'} on ${printedDateTime(visit.signedAt, m.timeZone)} (${m.timeZone}). The note is locked; corrections are added below as signed addenda.`,
    );
    if (who !== null) paragraph(doc, credentialLine(who), { muted: true });
  }
  if (m.addenda.length > 0) {
    heading(doc, 'Addenda');
    for (const a of m.addenda) {
      subheading(doc, `Addendum ${a.seq} — ${a.authorName}, ${printedDateTime(a.signedAt, m.timeZone)}`);
      paragraph(doc, a.text);
    }
  }
}

/**
 * The visit note as a PDF: SOAP, SOT findings pre and post, the analysis with its certainty, the
 * treated category, blocking and adjustments, PART per segment, addenda and the signature block. A
 * signed note is dated by its signing time, so it renders to the same bytes every time.
 */
export function renderVisitNote(m: VisitNoteModel, pageSize: PageSize): Promise<Buffer> {
  const { visit } = m;
  const stamp = new Date(visit.signedAt ?? visit.updatedAt);
  const visitDate = printedDateTime(visit.visitAt, m.timeZone);
  const report = createReport({
    pageSize,
    title: `Visit note — ${m.patient.name}, ${visitDate}`,
    subject: 'Chiropractic visit note (SOT)',
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: stamp,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: 'Visit note',
      subjectLine: `${m.patient.name} · ${m.patient.chartNumber}`,
      footerNote:
        visit.signedAt === null
          ? 'DRAFT, not signed'
          : `Signed ${printedDateTime(visit.signedAt, m.timeZone)}`,
    },
  });
  const { doc } = report;
  title(
    doc,
    visit.signedAt === null ? 'Visit note (draft)' : 'Visit note',
    `${m.patient.name} · ${visitDate} · ${visitTypeLabels[visit.type] ?? visit.type}`,
  );
  keyValues(doc, [
    ['Patient', `${m.patient.name} (chart ${m.patient.chartNumber})`],
    ['Date of birth', `${printedDate(m.patient.dateOfBirth)} · ${m.patient.sex}`],
    [
      'Episode',
      m.episode === null
        ? ''
        : `${m.episode.complaint} — since ${printedDate(m.episode.startDate)}, ${m.episode.onset} onset, ${m.episode.phase} care`,
    ],
    [
      'Diagnoses',
      (m.episode?.diagnoses ?? [])
        .slice()
        .sort((a, b) => a.rank - b.rank)
        .map((d) => `${d.code}${d.region === '' ? '' : ` (${d.region})`}`)
        .join(', '),
    ],
  ]);
  subjective(doc, m);
  objective(doc, m);
  assessment(doc, m);
  plan(doc, m);
  signature(doc, m);
  return report.finish();
}
