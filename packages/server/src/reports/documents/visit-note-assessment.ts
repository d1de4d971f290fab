import { checkPartLetters, urgencies } from '@sotchart/engine';
import { fonts } from '../fonts';
import { table } from '../report-table';
import { contentWidth, heading, keyValues, paragraph, subheading } from '../report-text';
import { reportTheme } from '../report-theme';
import { certaintyWords } from './certainty-wording';
import { categoryLabel } from './clinical-labels';
import { referralStatus, urgencyLine, urgencyWords } from './referral-wording';
import { nameIn, type VisitNoteSnapshot } from './visit-note-snapshot';

/** A red flag stops the visit: its urgency in words, the flags, and where the referral stands (REFERENCE §7). */
function referral(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const advised = s.visit.engine.analysis.referral;
  if (advised === null) return;
  const recorded = s.visit.record.referral;
  // The practitioner may give a higher urgency than the flag's, never a lower one (REFERENCE §7).
  const higher =
    recorded !== null && urgencies.indexOf(recorded.urgency) < urgencies.indexOf(advised.urgency);
  const urgency = higher ? recorded.urgency : advised.urgency;
  doc.x = doc.page.margins.left;
  doc
    .fillColor(reportTheme.danger)
    .font(fonts.bold)
    .fontSize(reportTheme.size.subheading)
    .text(`Red flag — ${urgencyWords[urgency].name.toUpperCase()}: ${urgencyWords[urgency].meaning}`, {
      width: contentWidth(doc),
    });
  doc.moveDown(0.3).fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
  keyValues(doc, [
    ['Red flags', advised.flags.map((id) => nameIn(s, id)).join(', ')],
    [
      'Urgency',
      `${urgencyLine(urgency)}${higher ? `, as given by the practitioner (the flag's own: ${advised.urgency})` : ''}`,
    ],
    ['Referral', referralStatus(recorded, s.clinic.timeZone)],
  ]);
  paragraph(doc, 'No SOT procedure, blocking plan, CMRT or home care is suggested under a red flag.', {
    muted: true,
  });
}

/** A: the referral or the SOT analysis with its rule's certainty, the practitioner's assessment, PART. */
export function assessmentSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { visit } = s;
  const a = visit.engine.analysis;
  heading(doc, 'A — Assessment');
  referral(doc, s);
  const category = a.category === 'I' || a.category === 'II' || a.category === 'III' ? a.category : null;
  if (a.referral !== null) keyValues(doc, [['SOT analysis', 'Not analysed: the red flag comes first']]);
  else {
    keyValues(doc, [
      ['SOT analysis', categoryLabel(a.category, a.side, a.level)],
      ['Rule certainty', `${certaintyWords[a.rule.certainty]} (rule ${a.rule.id})`],
      ['Coexisting', a.coexisting.map((c) => categoryLabel(c.category, c.side, c.level)).join('; ')],
      [
        'Findings that counted',
        a.counted
          .map(
            (c) =>
              `${nameIn(s, c.indicator)}${c.side === undefined ? '' : ` (${c.side})`} — ${c.role === 'P' ? 'primary' : 'supporting'}, Category ${c.category}`,
          )
          .join('; '),
      ],
      [
        'Treated as',
        visit.treatedCategory === null
          ? category === null
            ? ''
            : `Category ${category} (as analysed)`
          : `Category ${visit.treatedCategory.category} — ${visit.treatedCategory.reason}`,
      ],
    ]);
    paragraph(doc, a.evidenceNote, { italic: true, muted: true, size: 8 });
  }
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
