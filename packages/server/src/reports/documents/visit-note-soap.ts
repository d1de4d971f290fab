import { evidenceNote as defaultEvidenceNote, urgencies } from '@sotchart/engine';
import type { DocumentLanguage } from '../document-language';
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
function outcomes(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot, dl: DocumentLanguage): void {
  if (s.outcomes.length === 0) return;
  const { t } = dl;
  subheading(doc, t('soap.outcomes'));
  table(
    doc,
    [
      { header: t('table.questionnaire'), width: 3 },
      { header: t('table.score'), width: 1.2, align: 'right' },
      { header: t('table.band'), width: 2 },
      { header: t('table.sinceBaseline'), width: 2.2 },
    ],
    s.outcomes.map((o) => [
      o.name,
      scoreText(o.value, o.unit, dl),
      o.band ?? '—',
      o.change ?? t('outcome.baseline'),
    ]),
  );
}

/** A red flag stops the visit: its urgency as a line in red above the assessment (REFERENCE §7). */
function redFlag(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot, dl: DocumentLanguage): void {
  const advised = s.visit.engine.analysis.referral;
  if (advised === null) return;
  const recorded = s.visit.record.referral;
  // The practitioner may give a higher urgency than the flag's, never a lower one (REFERENCE §7).
  const urgency =
    recorded !== null && urgencies.indexOf(recorded.urgency) < urgencies.indexOf(advised.urgency)
      ? recorded.urgency
      : advised.urgency;
  const words = urgencyWords(urgency, dl);
  doc.x = doc.page.margins.left;
  doc
    .fillColor(reportTheme.danger)
    .font(fonts.bold)
    .fontSize(reportTheme.size.subheading)
    .text(dl.t('soap.redFlag', { urgency: words.name.toUpperCase(), meaning: words.meaning }), {
      width: contentWidth(doc),
    });
  doc.moveDown(0.3).fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}

/**
 * S, O, A and P, each once, as the narrative tells them; beside it only what the narrative does not
 * carry: the day's questionnaire scores, the red-flag line, the engine's evidence note and the codes.
 */
export function soapSections(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot, dl: DocumentLanguage): void {
  const { t } = dl;
  const soap = noteNarrative(s, dl);
  const body = (text: string) => paragraph(doc, text === '' ? t('soap.nothingCharted') : text);
  heading(doc, t('soap.subjective'));
  body(soap.subjective);
  outcomes(doc, s, dl);
  heading(doc, t('soap.objective'));
  body(soap.objective);
  heading(doc, t('soap.assessment'));
  redFlag(doc, s, dl);
  body(soap.assessment);
  // The practitioner's own text may leave the evidence out; the note always carries it once.
  // The default pack's note in the note's language; a clinic's own note as the clinic wrote it.
  const packNote = s.visit.engine.analysis.evidenceNote;
  const evidence =
    packNote === defaultEvidenceNote ? dl.protocolText('evidence', 'default', 'text', packNote) : packNote;
  if (
    s.visit.engine.analysis.referral === null &&
    !soap.assessment.includes('not a diagnosis') &&
    !soap.assessment.includes(evidence)
  )
    paragraph(doc, evidence, { italic: true, muted: true, size: 8 });
  heading(doc, t('soap.plan'));
  body(soap.plan);
  const codes = codeRows(s, dl);
  if (codes.length > 0) {
    subheading(doc, t('soap.codes'));
    keyValues(doc, codes);
  }
}
