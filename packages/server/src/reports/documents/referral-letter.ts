import type { PageSizeName, ReferralRecord } from '@sotchart/contract';
import type { Urgency } from '@sotchart/engine';
import { dateInZone } from '../../services/clinic-date';
import { documentLanguage, type DocumentLanguage } from '../document-language';
import { fonts } from '../fonts';
import { credentialLine } from '../page-frame';
import { createReport } from '../pdf-report';
import { table } from '../report-table';
import { contentWidth, heading, keyValues, paragraph, title } from '../report-text';
import { reportTheme } from '../report-theme';
import { urgencyWords } from './referral-wording';
import type { ClinicSnapshot, PractitionerSnapshot } from './visit-note-snapshot';

/** What the referral letter prints; the document service gathers it from the visit. */
export interface ReferralLetterModel {
  readonly pageSize: PageSizeName;
  readonly clinic: ClinicSnapshot;
  readonly practitioner: PractitionerSnapshot | null;
  readonly patient: { readonly name: string; readonly dateOfBirth: string; readonly chartNumber: string };
  readonly visit: { readonly visitAt: string; readonly chiefComplaint: string };
  /** The positive red-flag answers that raised the referral: each flag's name and screen question. */
  readonly flags: readonly { readonly name: string; readonly question: string; readonly note: string }[];
  /** The urgency the letter asks for: the practitioner's when recorded higher, else the flags'. */
  readonly urgency: Urgency;
  /** The practitioner's referral record, once made. */
  readonly referral: ReferralRecord | null;
}

/** What each urgency asks of the receiving clinician, in plain words (REFERENCE §7). */
const requestKeys = {
  emergency: 'referralLetter.request.emergency',
  urgent: 'referralLetter.request.urgent',
  prompt: 'referralLetter.request.prompt',
} as const satisfies Readonly<Record<Urgency, string>>;

function urgencyBanner(doc: PDFKit.PDFDocument, urgency: Urgency, dl: DocumentLanguage): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const text = dl.t('referralLetter.banner', {
    urgency: urgencyWords(urgency, dl).name.toUpperCase(),
    request: dl.t(requestKeys[urgency]),
  });
  doc.font(fonts.bold).fontSize(reportTheme.size.subheading);
  const height = doc.heightOfString(text, { width: width - 20 }) + 14;
  const y = doc.y;
  doc.rect(left, y, width, height).lineWidth(1.2).strokeColor(reportTheme.danger).stroke();
  doc.fillColor(reportTheme.danger).text(text, left + 10, y + 7, { width: width - 20 });
  doc.x = left;
  doc.y = y + height + 10;
  doc.fillColor(reportTheme.ink).font(fonts.regular).fontSize(reportTheme.size.body);
}

/**
 * The referral letter the practitioner sends under a red flag: addressed to whom the referral was
 * recorded to (or the receiving clinician), the patient, the urgency in plain words, the red-flag
 * answers that raised it, the visit's complaint, the clinic and practitioner with their contact, and
 * the statement that SOT findings are not a diagnosis, in the letter's language (the clinic's, or
 * another chosen for the recipient). Dated by the referral (or the visit), never the
 * clock, so the same visit renders the same letter.
 */
export function renderReferralLetter(
  m: ReferralLetterModel,
  dl: DocumentLanguage = documentLanguage('en', ['reports', 'protocolContent']),
): Promise<Buffer> {
  const { t } = dl;
  const tz = m.clinic.timeZone;
  const dated = m.referral?.at ?? m.visit.visitAt;
  const visitDay = dl.date(dateInZone(m.visit.visitAt, tz));
  const urgency = urgencyWords(m.urgency, dl);
  const report = createReport({
    pageSize: m.pageSize,
    title: t('referralLetter.pdfTitle', { patient: m.patient.name, date: visitDay }),
    subject: t('referralLetter.subject'),
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: new Date(dated),
    language: dl,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: t('referralLetter.frameTitle'),
      subjectLine: `${m.patient.name} · ${m.patient.chartNumber}`,
      footerNote: t('referralLetter.footer', { date: visitDay }),
    },
  });
  const { doc } = report;
  title(doc, t('referralLetter.title'), dl.date(dateInZone(dated, tz)));
  keyValues(doc, [
    [t('referralLetter.to'), m.referral === null ? t('referralLetter.toReceiving') : m.referral.to],
    [t('label.patient'), m.patient.name],
    [t('label.dateOfBirth'), dl.date(m.patient.dateOfBirth)],
    [t('label.chartNumber'), m.patient.chartNumber],
    [t('referralLetter.urgency'), t('referralLetter.urgencyValue', urgency)],
  ]);
  urgencyBanner(doc, m.urgency, dl);
  paragraph(doc, t('referralLetter.greeting'));
  paragraph(doc, t('referralLetter.opening', { patient: m.patient.name, date: visitDay }));
  heading(doc, t('referralLetter.flagsHeading'));
  table(
    doc,
    [
      { header: t('table.redFlag'), width: 2 },
      { header: t('table.screenQuestion'), width: 5 },
      { header: t('table.answer'), width: 1 },
    ],
    m.flags.map((f) => [
      f.name,
      f.note === ''
        ? f.question
        : t('referralLetter.questionWithNote', { question: f.question, note: f.note }),
      t('referralLetter.yes'),
    ]),
  );
  keyValues(doc, [
    [t('referralLetter.chiefComplaint'), m.visit.chiefComplaint],
    [t('referralLetter.visit'), visitDay],
  ]);
  paragraph(doc, t('referralLetter.notDiagnosis'), { italic: true });
  paragraph(doc, t('referralLetter.closing'));
  doc.moveDown(1.2);
  const who = m.practitioner;
  paragraph(doc, who?.nameAsSigned ?? t('referralLetter.treatingChiropractor'), { bold: true });
  const contact = [
    who === null ? null : credentialLine(who, t),
    m.clinic.name,
    m.clinic.address,
    who === null || who.email === '' ? null : t('referralLetter.email', { email: who.email }),
  ].filter((line): line is string => line !== null && line.trim() !== '');
  paragraph(doc, contact.join('\n'), { muted: true });
  return report.finish();
}
