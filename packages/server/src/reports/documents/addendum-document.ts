import { dateInZone, printedDate, printedDateTime } from '../../services/clinic-date';
import { fonts } from '../fonts';
import { credentialLine } from '../page-frame';
import { createReport } from '../pdf-report';
import { contentWidth, heading, keyValues, paragraph, title } from '../report-text';
import { reportTheme } from '../report-theme';
import type { AddendumSnapshot } from './addendum-snapshot';
import { visitTypeLabels } from './clinical-labels';

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
export function renderAddendum(s: AddendumSnapshot): Promise<Buffer> {
  const { clinic, patient, visit, addendum, author } = s;
  const tz = clinic.timeZone;
  const signed = printedDateTime(addendum.signedAt, tz);
  const report = createReport({
    pageSize: s.pageSize,
    title: `Addendum ${addendum.seq} — ${patient.name}, visit of ${printedDateTime(visit.visitAt, tz)}`,
    subject: 'Addendum to a signed chiropractic visit note',
    ...(author === null ? {} : { author: author.nameAsSigned }),
    createdAt: new Date(addendum.signedAt),
    frame: {
      clinic,
      practitioner: author,
      documentTitle: s.freeze.atUpgrade
        ? `Addendum ${addendum.seq}, frozen at upgrade ${printedDate(dateInZone(s.freeze.frozenAt, tz))}`
        : `Addendum ${addendum.seq}`,
      subjectLine: `${patient.name} · ${patient.chartNumber}`,
      footerNote: `Signed ${signed}`,
    },
  });
  const { doc } = report;
  title(
    doc,
    `Addendum ${addendum.seq} to the visit note`,
    `${patient.name} · visit of ${printedDateTime(visit.visitAt, tz)} · ${visitTypeLabels[visit.type] ?? visit.type}`,
  );
  keyValues(doc, [
    ['Patient', `${patient.name} (chart ${patient.chartNumber})`],
    ['Date of birth', printedDate(patient.dateOfBirth)],
    [
      'Note amended',
      `Visit note signed ${printedDateTime(visit.signedAt, tz)}${visit.signedBy === null ? '' : ` by ${visit.signedBy}`}`,
    ],
  ]);
  hashLine(doc, 'SHA-256 of the note amended', s.note.sha256);
  heading(doc, 'Addendum');
  paragraph(doc, addendum.text);
  heading(doc, 'Signature');
  paragraph(doc, `Electronically signed by ${author?.nameAsSigned ?? 'the author'} on ${signed} (${tz}).`, {
    bold: true,
  });
  if (author !== null && credentialLine(author) !== '')
    paragraph(doc, credentialLine(author), { muted: true });
  paragraph(
    doc,
    'This addendum amends the note identified above by its SHA-256; the note itself is unchanged. This PDF was stored once, with its own SHA-256, and is always served as stored.',
    { muted: true },
  );
  if (s.freeze.atUpgrade) {
    const day = printedDate(dateInZone(s.freeze.frozenAt, tz));
    paragraph(
      doc,
      `Frozen at upgrade on ${day}: this addendum was added before SOT Chart stored signed addenda, so this PDF was rendered on ${day} from the record as it stood then.`,
      { bold: true },
    );
  }
  return report.finish();
}
