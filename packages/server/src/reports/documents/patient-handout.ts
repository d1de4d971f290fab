import type { CategoryId } from '@sotchart/engine';
import { printedDate } from '../../services/clinic-date';
import type { ClinicDetails, PractitionerCredentials } from '../page-frame';
import type { PageSizeName } from '@sotchart/contract';
import { createReport } from '../pdf-report';
import { bullets, heading, paragraph, title } from '../report-text';
import { reportTheme } from '../report-theme';
import { handoutTexts } from './handout-texts';

/** What the patient handout prints: who it is for, today's category, and the home care from the visit. */
export interface HandoutModel {
  readonly clinic: ClinicDetails;
  readonly practitioner: PractitionerCredentials | null;
  readonly givenName: string;
  readonly patientName: string;
  readonly chartNumber: string;
  /** The visit's date in the clinic's zone, YYYY-MM-DD. */
  readonly visitDate: string;
  /** The category treated (as recorded, else as analysed); null when there was none. */
  readonly category: CategoryId | null;
  readonly referral: boolean;
  readonly homeCare: string;
  /** Dates the document: the visit's signing time, so the same visit prints the same handout. */
  readonly createdAt: Date;
}

/**
 * A plain-language handout for the patient to take home: what SOT is, what today's category means in
 * everyday words, the home care from the visit, what to expect, and an honest note on the evidence.
 */
export function renderPatientHandout(m: HandoutModel, pageSize: PageSizeName): Promise<Buffer> {
  const date = printedDate(m.visitDate);
  const report = createReport({
    pageSize,
    title: `Your visit on ${date}`,
    subject: 'Patient information: Sacro-Occipital Technique',
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: m.createdAt,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: 'Patient information',
      subjectLine: `${m.patientName} · ${m.chartNumber}`,
      footerNote: `Visit ${date}`,
    },
  });
  const { doc } = report;
  const phone = m.clinic.phone === undefined || m.clinic.phone === '' ? null : m.clinic.phone;
  title(
    doc,
    `${m.givenName}, your visit on ${date}`,
    `About SOT chiropractic care and what to do at home${phone === null ? '' : ` · Questions? Call us on ${phone}`}`,
  );
  heading(doc, 'What is SOT?');
  for (const p of handoutTexts.whatIsSot) paragraph(doc, p, { size: 10.5 });
  heading(doc, 'What we found today');
  if (m.referral) paragraph(doc, handoutTexts.referral, { size: 10.5, bold: true });
  else if (m.category === null) paragraph(doc, handoutTexts.noCategory, { size: 10.5 });
  else {
    const c = handoutTexts.categories[m.category];
    paragraph(doc, c.title, { bold: true, size: 10.5, color: reportTheme.category[m.category] });
    paragraph(doc, c.text, { size: 10.5 });
  }
  heading(doc, 'Your home care');
  const homeCare = m.homeCare
    .split(/(?<=[.;])\s+|\n+/)
    .map((s) => s.trim().replace(/[.;]$/, ''))
    .filter((s) => s !== '')
    .map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`);
  if (homeCare.length === 0)
    paragraph(doc, 'No special home care today: keep up your usual activity.', { size: 10.5 });
  else bullets(doc, homeCare, 10.5);
  heading(doc, 'After your visit');
  bullets(doc, [...handoutTexts.afterCare, handoutTexts.callUs(phone)], 10.5);
  heading(doc, 'What the research says');
  for (const p of handoutTexts.evidence) paragraph(doc, p, { size: 10 });
  if (phone === null)
    paragraph(doc, `Questions? Ask us at your next visit, or call ${m.clinic.name}.`, { muted: true });
  return report.finish();
}
