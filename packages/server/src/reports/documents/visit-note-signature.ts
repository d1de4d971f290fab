import { attestationStatement } from '@sotchart/contract';
import { dateInZone } from '../../services/clinic-date';
import type { DocumentLanguage } from '../document-language';
import { credentialLine } from '../page-frame';
import { ensureSpace, heading, paragraph } from '../report-text';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/**
 * The signing attestation as the note prints it, with the signer's name as signed and credentials:
 * the statement the practitioner confirmed when signing (the web app's sign dialog shows the same
 * words). English keeps the contract's statement word for word; another language its translation.
 */
export function attestationLine(s: VisitNoteSnapshot, dl: DocumentLanguage): string {
  const who = s.practitioner;
  if (who === null) return dl.t('signature.attestationUnknown');
  const credentials = credentialLine(who, dl.t);
  const signer =
    credentials === '' ? who.nameAsSigned : dl.t('signature.signer', { name: who.nameAsSigned, credentials });
  return dl.language === 'en'
    ? dl.t('signature.attestation', { statement: attestationStatement(signer) })
    : dl.t('signature.attestation', { statement: dl.t('signature.statement', { signer }) });
}

/** The signature block: who signed and when, the attestation, how the note is kept, and any freeze mark. */
export function signatureSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot, dl: DocumentLanguage): void {
  const { visit, clinic } = s;
  const { t } = dl;
  // The signature block stays on one page: its lines mean little apart.
  ensureSpace(doc, visit.signedAt === null ? 60 : s.freeze?.atUpgrade === true ? 200 : 150);
  heading(doc, t('signature.heading'));
  if (visit.signedAt === null) {
    paragraph(doc, t('signature.draft'), { bold: true });
    return;
  }
  const who = s.practitioner;
  paragraph(
    doc,
    t('signature.signedBy', {
      name: who?.nameAsSigned ?? t('signature.thePractitioner'),
      date: dl.dateTime(visit.signedAt, clinic.timeZone),
      timeZone: clinic.timeZone,
    }),
    { bold: true },
  );
  paragraph(doc, attestationLine(s, dl));
  paragraph(doc, t('signature.locked'), { muted: true });
  if (s.freeze?.atUpgrade === true) {
    const day = dl.date(dateInZone(s.freeze.frozenAt, clinic.timeZone));
    paragraph(doc, t('signature.frozenAtUpgrade', { date: day }), { bold: true });
  }
  if (s.addenda.length > 0)
    paragraph(
      doc,
      t('signature.addenda', {
        list: s.addenda
          .map((a) =>
            t('signature.addendumItem', {
              seq: a.seq,
              author: a.authorName,
              date: dl.dateTime(a.signedAt, clinic.timeZone),
            }),
          )
          .join('; '),
      }),
      { muted: true },
    );
}
