import { dateInZone } from '../../services/clinic-date';
import { documentLanguage, documentLanguageTag, type DocumentLanguage } from '../document-language';
import { createReport } from '../pdf-report';
import { reportTheme } from '../report-theme';
import { keyValues, paragraph, title } from '../report-text';
import { visitTypeLabel } from './clinical-labels';
import { appendixLine } from './visit-note-appendix';
import { signatureSection } from './visit-note-signature';
import { soapSections } from './visit-note-soap';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/** The footer's name of the document, marking a note frozen at upgrade (the date it was frozen). */
function documentTitle(s: VisitNoteSnapshot, dl: DocumentLanguage): string {
  return s.freeze?.atUpgrade === true
    ? dl.t('visitNote.frameTitleFrozen', { date: dl.date(dateInZone(s.freeze.frozenAt, s.clinic.timeZone)) })
    : dl.t('visitNote.frameTitle');
}

const sexKeys = {
  female: 'sex.female',
  male: 'sex.male',
  other: 'sex.other',
  unknown: 'sex.unknown',
} as const;

/** The patient's sex as recorded, in words. */
export function sexWords(sex: string, dl: DocumentLanguage): string {
  const key = sexKeys[sex as keyof typeof sexKeys] as (typeof sexKeys)[keyof typeof sexKeys] | undefined;
  return key === undefined ? sex : dl.t(key);
}

/** The language a snapshot's note is written in: the one it records, English for an older snapshot. */
export const noteLanguageOf = (s: Pick<VisitNoteSnapshot, 'language'>): DocumentLanguage =>
  documentLanguage(documentLanguageTag(s.language), ['reports', 'protocolContent']);

/**
 * The visit note as a PDF, rendered from its snapshot alone, in the note's language (the snapshot's,
 * fixed at signing): demographics and episode, then S, O, A and P once each in words (the SOT findings
 * before and after treatment, the category as a classification with its certainty, treatment with
 * PART, the forward plan), the codes once, the signature with the attestation, and one appendix line
 * naming the protocol, rule and engine. A signed note is rendered once, at signing, and stored; it is
 * dated by its signing time, so the same snapshot renders to the same bytes.
 */
export function renderVisitNote(
  s: VisitNoteSnapshot,
  dl: DocumentLanguage = noteLanguageOf(s),
): Promise<Buffer> {
  const { visit, clinic, patient, episode } = s;
  const { t } = dl;
  const visitDate = dl.dateTime(visit.visitAt, clinic.timeZone);
  const report = createReport({
    pageSize: s.pageSize,
    title: t('visitNote.pdfTitle', { patient: patient.name, date: visitDate }),
    subject: t('visitNote.subject'),
    ...(s.practitioner === null ? {} : { author: s.practitioner.nameAsSigned }),
    createdAt: new Date(visit.signedAt ?? visit.updatedAt),
    language: dl,
    frame: {
      clinic,
      practitioner: s.practitioner,
      documentTitle: documentTitle(s, dl),
      subjectLine: `${patient.name} · ${patient.chartNumber}`,
      footerNote:
        visit.signedAt === null
          ? t('visitNote.footerDraft')
          : t('visitNote.footerSigned', { date: dl.dateTime(visit.signedAt, clinic.timeZone) }),
    },
  });
  const { doc } = report;
  title(
    doc,
    visit.signedAt === null ? t('visitNote.titleDraft') : t('visitNote.title'),
    `${patient.name} · ${visitDate} · ${visitTypeLabel(visit.type, dl)}`,
  );
  keyValues(doc, [
    [t('label.patient'), t('label.patientWithChart', { name: patient.name, chart: patient.chartNumber })],
    [t('label.dateOfBirth'), `${dl.date(patient.dateOfBirth)} · ${sexWords(patient.sex, dl)}`],
    [
      t('label.episode'),
      episode === null
        ? ''
        : t('visitNote.episode', {
            complaint: episode.complaint,
            date: dl.date(episode.startDate),
            onset: episode.onset,
            phase: episode.phase,
          }),
    ],
  ]);
  soapSections(doc, s, dl);
  signatureSection(doc, s, dl);
  paragraph(doc, appendixLine(s, dl), { muted: true, size: reportTheme.size.small });
  return report.finish();
}
