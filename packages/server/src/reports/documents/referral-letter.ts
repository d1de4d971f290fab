import type { PageSizeName, ReferralRecord } from '@sotchart/contract';
import type { Urgency } from '@sotchart/engine';
import { dateInZone, printedDate } from '../../services/clinic-date';
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
const request: Readonly<Record<Urgency, string>> = {
  emergency: 'This is an emergency: the patient needs the emergency department now.',
  urgent: 'This is urgent: the patient needs a medical assessment the same day.',
  prompt: 'The patient needs a medical assessment within days.',
};

function urgencyBanner(doc: PDFKit.PDFDocument, urgency: Urgency): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const text = `${urgencyWords[urgency].name.toUpperCase()} — ${request[urgency]}`;
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
 * the statement that SOT findings are not a diagnosis. Dated by the referral (or the visit), never the
 * clock, so the same visit renders the same letter.
 */
export function renderReferralLetter(m: ReferralLetterModel): Promise<Buffer> {
  const tz = m.clinic.timeZone;
  const dated = m.referral?.at ?? m.visit.visitAt;
  const visitDay = printedDate(dateInZone(m.visit.visitAt, tz));
  const report = createReport({
    pageSize: m.pageSize,
    title: `Referral letter — ${m.patient.name}, ${visitDay}`,
    subject: 'Referral for medical assessment (red flag)',
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: new Date(dated),
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: 'Referral letter',
      subjectLine: `${m.patient.name} · ${m.patient.chartNumber}`,
      footerNote: `Visit of ${visitDay}`,
    },
  });
  const { doc } = report;
  title(doc, 'Referral for medical assessment', printedDate(dateInZone(dated, tz)));
  keyValues(doc, [
    ['To', m.referral === null ? 'To the receiving clinician' : m.referral.to],
    ['Patient', m.patient.name],
    ['Date of birth', printedDate(m.patient.dateOfBirth)],
    ['Chart number', m.patient.chartNumber],
    ['Urgency', `${urgencyWords[m.urgency].name}: ${urgencyWords[m.urgency].meaning}`],
  ]);
  urgencyBanner(doc, m.urgency);
  paragraph(doc, 'Dear colleague,');
  paragraph(
    doc,
    `I saw ${m.patient.name} on ${visitDay}. The red-flag screen I complete before any chiropractic care was positive for the findings below, so I gave no Sacro-Occipital Technique (SOT) care and ask for your medical assessment.`,
  );
  heading(doc, 'Red-flag findings that raised this referral');
  table(
    doc,
    [
      { header: 'Red flag', width: 2 },
      { header: 'Screen question', width: 5 },
      { header: 'Answer', width: 1 },
    ],
    m.flags.map((f) => [f.name, f.note === '' ? f.question : `${f.question} (${f.note})`, 'Yes']),
  );
  keyValues(doc, [
    ['Chief complaint', m.visit.chiefComplaint],
    ['Visit', visitDay],
  ]);
  paragraph(
    doc,
    'SOT findings are not a diagnosis: the indicators recorded in Sacro-Occipital Technique guide chiropractic care only. The answers above are screening answers that call for your assessment; this letter makes no diagnosis.',
    { italic: true },
  );
  paragraph(doc, 'Yours sincerely,');
  doc.moveDown(1.2);
  const who = m.practitioner;
  paragraph(doc, who?.nameAsSigned ?? 'The treating chiropractor', { bold: true });
  const contact = [
    who === null ? null : credentialLine(who),
    m.clinic.name,
    m.clinic.address,
    who === null || who.email === '' ? null : `Email: ${who.email}`,
  ].filter((line): line is string => line !== null && line.trim() !== '');
  paragraph(doc, contact.join('\n'), { muted: true });
  return report.finish();
}
