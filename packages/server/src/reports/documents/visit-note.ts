import { dateInZone, printedDate, printedDateTime } from '../../services/clinic-date';
import { createReport } from '../pdf-report';
import { reportTheme } from '../report-theme';
import { keyValues, paragraph, title } from '../report-text';
import { visitTypeLabels } from './clinical-labels';
import { appendixLine } from './visit-note-appendix';
import { signatureSection } from './visit-note-signature';
import { soapSections } from './visit-note-soap';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/** The footer's name of the document, marking a note frozen at upgrade (the date it was frozen). */
function documentTitle(s: VisitNoteSnapshot): string {
  return s.freeze?.atUpgrade === true
    ? `Visit note, frozen at upgrade ${printedDate(dateInZone(s.freeze.frozenAt, s.clinic.timeZone))}`
    : 'Visit note';
}

/**
 * The visit note as a PDF, rendered from its snapshot alone: demographics and episode, then S, O, A
 * and P once each in words (the SOT findings before and after treatment, the category as a
 * classification with its certainty, treatment with PART, the forward plan), the codes once, the
 * signature with the attestation, and one appendix line naming the protocol, rule and engine. A
 * signed note is rendered once, at signing, and stored; it is dated
 * by its signing time, so the same snapshot renders to the same bytes.
 */
export function renderVisitNote(s: VisitNoteSnapshot): Promise<Buffer> {
  const { visit, clinic, patient, episode } = s;
  const visitDate = printedDateTime(visit.visitAt, clinic.timeZone);
  const report = createReport({
    pageSize: s.pageSize,
    title: `Visit note — ${patient.name}, ${visitDate}`,
    subject: 'Chiropractic visit note (SOT)',
    ...(s.practitioner === null ? {} : { author: s.practitioner.nameAsSigned }),
    createdAt: new Date(visit.signedAt ?? visit.updatedAt),
    frame: {
      clinic,
      practitioner: s.practitioner,
      documentTitle: documentTitle(s),
      subjectLine: `${patient.name} · ${patient.chartNumber}`,
      footerNote:
        visit.signedAt === null
          ? 'DRAFT, not signed'
          : `Signed ${printedDateTime(visit.signedAt, clinic.timeZone)}`,
    },
  });
  const { doc } = report;
  title(
    doc,
    visit.signedAt === null ? 'Visit note (draft)' : 'Visit note',
    `${patient.name} · ${visitDate} · ${visitTypeLabels[visit.type] ?? visit.type}`,
  );
  keyValues(doc, [
    ['Patient', `${patient.name} (chart ${patient.chartNumber})`],
    ['Date of birth', `${printedDate(patient.dateOfBirth)} · ${patient.sex}`],
    [
      'Episode',
      episode === null
        ? ''
        : `${episode.complaint} — since ${printedDate(episode.startDate)}, ${episode.onset} onset, ${episode.phase} care`,
    ],
  ]);
  soapSections(doc, s);
  signatureSection(doc, s);
  paragraph(doc, appendixLine(s), { muted: true, size: reportTheme.size.small });
  return report.finish();
}
