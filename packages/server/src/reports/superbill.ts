import { documentLanguage, documentLocale, type DocumentLanguage } from './document-language';
import { credentialLine, type ClinicDetails, type PractitionerCredentials } from './page-frame';
import { createReport } from './pdf-report';
import type { PageSizeName } from '@sotchart/contract';
import { table } from './report-table';
import { heading, keyValues, paragraph, title } from './report-text';

/** One billed service: a confirmed CPT code on a date of service. */
export interface SuperbillLine {
  readonly date: string;
  readonly code: string;
  readonly modifiers: readonly string[];
  /** Diagnosis pointers (A, B, …) into the diagnosis list. */
  readonly pointers: string;
  readonly units: number;
  /** The line's charge: the fee for one unit times the units; null when the code has no fee. */
  readonly fee: number | null;
  readonly provider: string;
}

export interface SuperbillData {
  readonly clinic: ClinicDetails;
  /** The clinic's federal tax id with its kind, e.g. "12-3456789 (EIN)"; null when none is set. */
  readonly taxId: string | null;
  /** The CMS place-of-service code of the visits, e.g. 11 (office). */
  readonly placeOfService: string;
  /** The rendering provider when one practitioner saw every visit; null when several did. */
  readonly practitioner: PractitionerCredentials | null;
  readonly patient: {
    readonly name: string;
    readonly chartNumber: string;
    readonly dateOfBirth: string;
    readonly sex: string;
    readonly address: string;
    readonly phone: string;
  };
  readonly period: string;
  readonly diagnoses: readonly {
    readonly pointer: string;
    readonly code: string;
    readonly description: string;
  }[];
  readonly lines: readonly SuperbillLine[];
  readonly currency: string;
  /** False when the clinic has saved no fee schedule: the fee column and the total are left out. */
  readonly hasFeeSchedule: boolean;
  /** Visits included that are not signed yet. */
  readonly drafts: number;
  readonly createdAt: Date;
}

/**
 * The superbill: clinic and provider credentials (page header), the patient, the confirmed ICD-10-CM
 * diagnoses with pointers, and each confirmed CPT code with its modifiers, pointers and fee from the
 * clinic's fee schedule, with the total. Code numbers only: CPT descriptors are the AMA's text.
 */
export function renderSuperbill(
  data: SuperbillData,
  pageSize: PageSizeName,
  dl: DocumentLanguage = documentLanguage('en'),
): Promise<Buffer> {
  const { t } = dl;
  // English keeps the US style of amounts a US payer reads ($1,234.00); another language its own.
  const money = new Intl.NumberFormat(dl.language === 'en' ? 'en-US' : documentLocale(dl.language), {
    style: 'currency',
    currency: data.currency,
  });
  const report = createReport({
    pageSize,
    title: t('superbill.pdfTitle', { patient: data.patient.name, period: data.period }),
    subject: t('superbill.title'),
    createdAt: data.createdAt,
    language: dl,
    frame: {
      clinic: data.clinic,
      practitioner: data.practitioner,
      documentTitle: t('superbill.title'),
      subjectLine: `${data.patient.name} · ${data.patient.chartNumber}`,
      footerNote: data.period,
    },
  });
  const { doc } = report;
  title(doc, t('superbill.title'), data.period);
  if (data.drafts > 0) paragraph(doc, t('superbill.drafts', { count: data.drafts }), { bold: true });

  heading(doc, t('superbill.provider'));
  keyValues(doc, [
    [t('superbill.clinic'), data.clinic.name],
    [t('superbill.address'), data.clinic.address],
    [t('superbill.taxId'), data.taxId ?? t('superbill.notSet')],
    [t('superbill.placeOfService'), data.placeOfService],
    ...(data.practitioner === null
      ? ([[t('superbill.renderingProvider'), t('superbill.seeEachService')]] as const)
      : ([
          [t('superbill.renderingProvider'), data.practitioner.nameAsSigned],
          [t('superbill.credentials'), credentialLine(data.practitioner, t)],
          [t('superbill.npi'), data.practitioner.npi ?? t('superbill.notSet')],
        ] as const)),
  ]);

  heading(doc, t('label.patient'));
  keyValues(doc, [
    [t('superbill.name'), data.patient.name],
    [t('label.chartNumber'), data.patient.chartNumber],
    [t('label.dateOfBirth'), data.patient.dateOfBirth],
    [t('superbill.sex'), data.patient.sex],
    [t('superbill.address'), data.patient.address],
    [t('superbill.phone'), data.patient.phone],
  ]);

  heading(doc, t('superbill.diagnoses'));
  if (data.diagnoses.length === 0) paragraph(doc, t('superbill.noDiagnosis'), { muted: true });
  else
    table(
      doc,
      [
        { header: t('table.pointer'), width: 1 },
        { header: t('table.code'), width: 1.4 },
        { header: t('table.description'), width: 6 },
      ],
      data.diagnoses.map((d) => [d.pointer, d.code, d.description]),
    );

  heading(doc, t('superbill.services'));
  const several = data.practitioner === null;
  const priced = data.hasFeeSchedule;
  if (data.lines.length === 0) paragraph(doc, t('superbill.noProcedure'), { muted: true });
  else {
    table(
      doc,
      [
        { header: t('table.dateOfService'), width: 1.6 },
        { header: t('table.cpt'), width: 1 },
        { header: t('table.modifiers'), width: 1.1 },
        { header: t('table.dxPointer'), width: 1.1 },
        { header: t('table.units'), width: 0.7, align: 'right' },
        ...(several ? [{ header: t('table.provider'), width: 2 }] : []),
        ...(priced ? [{ header: t('table.fee'), width: 1.3, align: 'right' as const }] : []),
      ],
      data.lines.map((l) => [
        l.date,
        l.code,
        l.modifiers.join(' '),
        l.pointers,
        String(l.units),
        ...(several ? [l.provider] : []),
        ...(priced ? [l.fee === null ? '—' : money.format(l.fee)] : []),
      ]),
    );
    const total = data.lines.reduce((sum, l) => sum + (l.fee ?? 0), 0);
    const unpriced = data.lines.filter((l) => l.fee === null).length;
    // Without a fee schedule a total of $0.00 would read as a free visit: leave fees out entirely.
    if (priced) paragraph(doc, t('superbill.total', { total: money.format(total) }), { bold: true });
    if (priced && unpriced > 0) paragraph(doc, t('superbill.unpriced', { count: unpriced }), { muted: true });
  }
  paragraph(doc, t('superbill.codesNote'), { muted: true, size: 7.5 });
  return report.finish();
}
