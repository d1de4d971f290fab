import { dateInZone, printedDate, printedDateTime } from '../../services/clinic-date';
import { createReport } from '../pdf-report';
import { keyValues, title } from '../report-text';
import { visitTypeLabels } from './clinical-labels';
import { assessmentSection } from './visit-note-assessment';
import { objectiveSection, subjectiveSection } from './visit-note-findings';
import { planSection } from './visit-note-plan';
import { signatureSection } from './visit-note-signature';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/** The footer's name of the document, marking a note frozen at upgrade (the date it was frozen). */
function documentTitle(s: VisitNoteSnapshot): string {
  return s.freeze?.atUpgrade === true
    ? `Visit note, frozen at upgrade ${printedDate(dateInZone(s.freeze.frozenAt, s.clinic.timeZone))}`
    : 'Visit note';
}

/**
 * The visit note as a PDF, rendered from its snapshot alone: demographics and episode, SOAP with the
 * SOT findings pre and post per side, the referral or the analysis with its certainty, treatment and
 * the suggested plan with its own certainty and each block's, PART per segment, codes and the
 * signature with the attestation. A signed note is rendered once, at signing, and stored; it is dated
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
    [
      'Diagnoses',
      (episode?.diagnoses ?? [])
        .slice()
        .sort((a, b) => a.rank - b.rank)
        .map((d) => `${d.code}${d.region === '' ? '' : ` (${d.region})`}`)
        .join(', '),
    ],
  ]);
  subjectiveSection(doc, s);
  objectiveSection(doc, s);
  assessmentSection(doc, s);
  planSection(doc, s);
  signatureSection(doc, s);
  return report.finish();
}
