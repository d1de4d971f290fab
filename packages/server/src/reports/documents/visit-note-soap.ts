import { urgencies } from '@sotchart/engine';
import { fonts } from '../fonts';
import { table } from '../report-table';
import { contentWidth, heading, keyValues, paragraph, subheading } from '../report-text';
import { reportTheme } from '../report-theme';
import { scoreText } from './clinical-labels';
import { urgencyWords } from './referral-wording';
import { codeRows } from './visit-note-codes';
import { noteNarrative } from './visit-note-narrative';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/** The questionnaires scored that day: numbers the narrative does not carry. */
function outcomes(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  if (s.outcomes.length === 0) return;
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

/** A red flag stops the visit: its urgency as a line in red above the assessment (REFERENCE §7). */
function redFlag(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const advised = s.visit.engine.analysis.referral;
  if (advised === null) return;
  const recorded = s.visit.record.referral;
  // The practitioner may give a higher urgency than the flag's, never a lower one (REFERENCE §7).
  const urgency =
    recorded !== null && urgencies.indexOf(recorded.urgency) < urgencies.indexOf(advised.urgency)
      ? recorded.urgency
      : advised.urgency;
  doc.x = doc.page.margins.left;
  doc
    .fillColor(reportTheme.danger)
    .font(fonts.bold)
    .fontSize(reportTheme.size.subheading)
    .text(`Red flag — ${urgencyWords[urgency].name.toUpperCase()}: ${urgencyWords[urgency].meaning}`, {
      width: contentWidth(doc),
    });
  doc.moveDown(0.3).fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}

/**
 * S, O, A and P, each once, as the narrative tells them; beside it only what the narrative does not
 * carry: the day's questionnaire scores, the red-flag line, the engine's evidence note and the codes.
 */
export function soapSections(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const soap = noteNarrative(s);
  const body = (text: string) => paragraph(doc, text === '' ? 'Nothing charted.' : text);
  heading(doc, 'S — Subjective');
  body(soap.subjective);
  outcomes(doc, s);
  heading(doc, 'O — Objective');
  body(soap.objective);
  heading(doc, 'A — Assessment');
  redFlag(doc, s);
  body(soap.assessment);
  // The practitioner's own text may leave the evidence out; the note always carries it once.
  if (s.visit.engine.analysis.referral === null && !soap.assessment.includes('not a diagnosis'))
    paragraph(doc, s.visit.engine.analysis.evidenceNote, { italic: true, muted: true, size: 8 });
  heading(doc, 'P — Plan');
  body(soap.plan);
  const codes = codeRows(s);
  if (codes.length > 0) {
    subheading(doc, 'Codes');
    keyValues(doc, codes);
  }
}
