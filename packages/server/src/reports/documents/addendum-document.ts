import { dateInZone } from '../../services/clinic-date';
import { documentLanguage, documentLanguageTag, type DocumentLanguage } from '../document-language';
import { fonts } from '../fonts';
import { credentialLine } from '../page-frame';
import { createReport } from '../pdf-report';
import { contentWidth, heading, keyValues, paragraph, title } from '../report-text';
import { reportTheme } from '../report-theme';
import type { AddendumSnapshot } from './addendum-snapshot';
import { visitTypeLabel } from './clinical-labels';

/** A SHA-256 in a monospaced line, so it can be read back and compared character by character. */
function hashLine(doc: PDFKit.PDFDocument, label: string, sha256: string): void {
  doc.x = doc.page.margins.left;
  doc.fillColor(reportTheme.muted).font(fonts.bold).fontSize(reportTheme.size.body).text(label);
  doc
    .fillColor(reportTheme.ink)
    .font(fonts.mono)
    .fontSize(8)
    .text(sha256, { width: contentWidth(doc), characterSpacing: 0.2 });
  doc.moveDown(0.5).font(fonts.regular).fontSize(reportTheme.size.body);
}

/**
 * An addendum as its own signed PDF, rendered once when it is added: its text, its author's name as
 * signed and credentials, when it was signed, and the note it amends identified by that note's
 * SHA-256. The note's own PDF never changes when an addendum is added.
 */
export function renderAddendum(
  s: AddendumSnapshot,
  dl: DocumentLanguage = documentLanguage(documentLanguageTag(s.language)),
): Promise<Buffer> {
  const { clinic, patient, visit, addendum, author } = s;
  const { t } = dl;
  const tz = clinic.timeZone;
  const signed = dl.dateTime(addendum.signedAt, tz);
  const visitAt = dl.dateTime(visit.visitAt, tz);
  const report = createReport({
    pageSize: s.pageSize,
    title: t('addendum.pdfTitle', { seq: addendum.seq, patient: patient.name, date: visitAt }),
    subject: t('addendum.subject'),
    ...(author === null ? {} : { author: author.nameAsSigned }),
    createdAt: new Date(addendum.signedAt),
    language: dl,
    frame: {
      clinic,
      practitioner: author,
      documentTitle: s.freeze.atUpgrade
        ? t('addendum.frameTitleFrozen', {
            seq: addendum.seq,
            date: dl.date(dateInZone(s.freeze.frozenAt, tz)),
          })
        : t('addendum.frameTitle', { seq: addendum.seq }),
      subjectLine: `${patient.name} · ${patient.chartNumber}`,
      footerNote: t('visitNote.footerSigned', { date: signed }),
    },
  });
  const { doc } = report;
  title(
    doc,
    t('addendum.title', { seq: addendum.seq }),
    `${patient.name} · ${t('addendum.visitOf', { date: visitAt })} · ${visitTypeLabel(visit.type, dl)}`,
  );
  keyValues(doc, [
    [t('label.patient'), t('label.patientWithChart', { name: patient.name, chart: patient.chartNumber })],
    [t('label.dateOfBirth'), dl.date(patient.dateOfBirth)],
    [
      t('addendum.noteAmended'),
      visit.signedBy === null
        ? t('addendum.noteSigned', { date: dl.dateTime(visit.signedAt, tz) })
        : t('addendum.noteSignedBy', { date: dl.dateTime(visit.signedAt, tz), name: visit.signedBy }),
    ],
  ]);
  hashLine(doc, t('addendum.hashLabel'), s.note.sha256);
  heading(doc, t('addendum.heading'));
  paragraph(doc, addendum.text);
  heading(doc, t('signature.heading'));
  paragraph(
    doc,
    t('signature.signedBy', {
      name: author?.nameAsSigned ?? t('addendum.theAuthor'),
      date: signed,
      timeZone: tz,
    }),
    { bold: true },
  );
  if (author !== null && credentialLine(author, t) !== '')
    paragraph(doc, credentialLine(author, t), { muted: true });
  paragraph(doc, t('addendum.locked'), { muted: true });
  if (s.freeze.atUpgrade) {
    const day = dl.date(dateInZone(s.freeze.frozenAt, tz));
    paragraph(doc, t('addendum.frozenAtUpgrade', { date: day }), { bold: true });
  }
  return report.finish();
}
