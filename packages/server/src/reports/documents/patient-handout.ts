import type { CategoryId } from '@sotchart/engine';
import type { PersonName } from '@sotchart/i18n';
import type { DocumentLanguage } from '../document-language';
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
  readonly patient: PersonName;
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

/** The practitioner's home-care text as points: one a sentence or line, each starting with a capital. */
export function homeCarePoints(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+|(?<=[。；])\s*|\n+/)
    .map((s) => s.trim().replace(/[.;。；]$/, ''))
    .filter((s) => s !== '')
    .map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`);
}

/**
 * A plain-language handout for the patient to take home, in the patient's language (`dl`, with the
 * `handout` namespace): what SOT is, what today's category means in everyday words, the home care from
 * the visit (the practitioner's own words, as written), what to expect, and an honest note on the
 * evidence.
 */
export function renderPatientHandout(
  m: HandoutModel,
  pageSize: PageSizeName,
  dl: DocumentLanguage,
): Promise<Buffer> {
  const t = dl.handout;
  const date = dl.date(m.visitDate);
  const fullName = dl.personName(m.patient);
  const report = createReport({
    pageSize,
    title: t('document.title', { date }),
    subject: t('document.subject'),
    ...(m.practitioner === null ? {} : { author: m.practitioner.nameAsSigned }),
    createdAt: m.createdAt,
    language: dl,
    frame: {
      clinic: m.clinic,
      practitioner: m.practitioner,
      documentTitle: t('frame.title'),
      subjectLine: `${fullName} · ${m.chartNumber}`,
      footerNote: t('frame.footer', { date }),
    },
  });
  const { doc } = report;
  const phone = m.clinic.phone === undefined || m.clinic.phone === '' ? null : m.clinic.phone;
  // Japanese addresses a patient by the full name, family name first; the others by the given name.
  const name = dl.language === 'ja' ? fullName : m.patient.givenName;
  title(doc, t('title', { name, date }), phone === null ? t('subtitle') : t('subtitleWithPhone', { phone }));
  heading(doc, t('heading.whatIsSot'));
  for (const key of handoutTexts.whatIsSot) paragraph(doc, t(key), { size: 10.5 });
  heading(doc, t('heading.foundToday'));
  if (m.referral) paragraph(doc, t(handoutTexts.referral), { size: 10.5, bold: true });
  else if (m.category === null) paragraph(doc, t(handoutTexts.noCategory), { size: 10.5 });
  else {
    const c = handoutTexts.categories[m.category];
    paragraph(doc, t(c.title), { bold: true, size: 10.5, color: reportTheme.category[m.category] });
    paragraph(doc, t(c.text), { size: 10.5 });
  }
  heading(doc, t('heading.homeCare'));
  const homeCare = homeCarePoints(m.homeCare);
  if (homeCare.length === 0) paragraph(doc, t('homeCare.none'), { size: 10.5 });
  else bullets(doc, homeCare, 10.5);
  heading(doc, t('heading.afterVisit'));
  bullets(
    doc,
    [
      ...handoutTexts.afterCare.map((key) => t(key)),
      phone === null ? t('afterCare.callUs') : t('afterCare.callUsOn', { phone }),
    ],
    10.5,
  );
  heading(doc, t('heading.research'));
  for (const key of handoutTexts.evidence) paragraph(doc, t(key), { size: 10 });
  if (phone === null) paragraph(doc, t('questions.askUs', { clinic: m.clinic.name }), { muted: true });
  return report.finish();
}
