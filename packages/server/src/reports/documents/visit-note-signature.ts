import { attestationStatement } from '@sotchart/contract';
import { printedDate, printedDateTime, dateInZone } from '../../services/clinic-date';
import { credentialLine } from '../page-frame';
import { ensureSpace, heading, paragraph } from '../report-text';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/**
 * The signing attestation as the note prints it, with the signer's name as signed and credentials:
 * the statement the practitioner confirmed when signing (the web app's sign dialog shows the same
 * words).
 */
export function attestationLine(s: VisitNoteSnapshot): string {
  const who = s.practitioner;
  if (who === null) return 'Attestation: the signer attested that this note is accurate and complete.';
  const credentials = credentialLine(who);
  const signer = `${who.nameAsSigned}${credentials === '' ? '' : ` (${credentials})`}`;
  return `Attestation: ${attestationStatement(signer)}`;
}

/** The signature block: who signed and when, the attestation, how the note is kept, and any freeze mark. */
export function signatureSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { visit, clinic } = s;
  // The signature block stays on one page: its lines mean little apart.
  ensureSpace(doc, visit.signedAt === null ? 60 : s.freeze?.atUpgrade === true ? 200 : 150);
  heading(doc, 'Signature');
  if (visit.signedAt === null) {
    paragraph(doc, 'DRAFT — this note is not signed and may still change.', { bold: true });
    return;
  }
  const who = s.practitioner;
  paragraph(
    doc,
    `Electronically signed by ${who?.nameAsSigned ?? 'the practitioner'} on ${printedDateTime(visit.signedAt, clinic.timeZone)} (${clinic.timeZone}).`,
    { bold: true },
  );
  paragraph(doc, attestationLine(s));
  paragraph(
    doc,
    'This note is locked: its PDF was stored once, with its SHA-256, and is always served as stored. Corrections are separate signed addenda, each its own PDF with its own SHA-256 naming this note.',
    { muted: true },
  );
  if (s.freeze?.atUpgrade === true) {
    const day = printedDate(dateInZone(s.freeze.frozenAt, clinic.timeZone));
    paragraph(
      doc,
      `Frozen at upgrade on ${day}: this visit was signed before SOT Chart stored signed notes, so this PDF was rendered on ${day} from the record as it stood then. Patient, clinic and practitioner details are those of that day.`,
      { bold: true },
    );
  }
  if (s.addenda.length > 0)
    paragraph(
      doc,
      `Addenda already added when this note was frozen, each its own signed PDF: ${s.addenda
        .map((a) => `Addendum ${a.seq} by ${a.authorName}, ${printedDateTime(a.signedAt, clinic.timeZone)}`)
        .join('; ')}.`,
      { muted: true },
    );
}
