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
export function renderSuperbill(data: SuperbillData, pageSize: PageSizeName): Promise<Buffer> {
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: data.currency });
  const report = createReport({
    pageSize,
    title: `Superbill ${data.patient.name} ${data.period}`,
    subject: 'Superbill',
    createdAt: data.createdAt,
    frame: {
      clinic: data.clinic,
      practitioner: data.practitioner,
      documentTitle: 'Superbill',
      subjectLine: `${data.patient.name} · ${data.patient.chartNumber}`,
      footerNote: data.period,
    },
  });
  const { doc } = report;
  title(doc, 'Superbill', data.period);
  if (data.drafts > 0)
    paragraph(doc, `Draft: ${data.drafts} visit(s) not signed yet; codes may still change.`, { bold: true });

  heading(doc, 'Provider');
  keyValues(doc, [
    ['Clinic', data.clinic.name],
    ['Address', data.clinic.address],
    ['Tax ID', data.taxId ?? 'Not set'],
    ['Place of service', data.placeOfService],
    ...(data.practitioner === null
      ? ([['Rendering provider', 'See each service']] as const)
      : ([
          ['Rendering provider', data.practitioner.nameAsSigned],
          ['Credentials', credentialLine(data.practitioner)],
          ['NPI', data.practitioner.npi ?? 'Not set'],
        ] as const)),
  ]);

  heading(doc, 'Patient');
  keyValues(doc, [
    ['Name', data.patient.name],
    ['Chart number', data.patient.chartNumber],
    ['Date of birth', data.patient.dateOfBirth],
    ['Sex', data.patient.sex],
    ['Address', data.patient.address],
    ['Phone', data.patient.phone],
  ]);

  heading(doc, 'Diagnoses (ICD-10-CM)');
  if (data.diagnoses.length === 0) paragraph(doc, 'No diagnosis confirmed.', { muted: true });
  else
    table(
      doc,
      [
        { header: 'Pointer', width: 1 },
        { header: 'Code', width: 1.4 },
        { header: 'Description', width: 6 },
      ],
      data.diagnoses.map((d) => [d.pointer, d.code, d.description]),
    );

  heading(doc, 'Services (CPT)');
  const several = data.practitioner === null;
  const priced = data.hasFeeSchedule;
  if (data.lines.length === 0) paragraph(doc, 'No procedure code confirmed.', { muted: true });
  else {
    table(
      doc,
      [
        { header: 'Date of service', width: 1.6 },
        { header: 'CPT', width: 1 },
        { header: 'Modifiers', width: 1.1 },
        { header: 'Dx pointer', width: 1.1 },
        { header: 'Units', width: 0.7, align: 'right' },
        ...(several ? [{ header: 'Provider', width: 2 }] : []),
        ...(priced ? [{ header: 'Fee', width: 1.3, align: 'right' as const }] : []),
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
    if (priced) paragraph(doc, `Total charges: ${money.format(total)}`, { bold: true });
    if (priced && unpriced > 0)
      paragraph(doc, `${unpriced} service(s) have no fee in the clinic's fee schedule.`, { muted: true });
  }
  paragraph(
    doc,
    'Codes are those the practitioner confirmed at each visit. CPT® code numbers only; CPT is a registered trademark of the American Medical Association.',
    { muted: true, size: 7.5 },
  );
  return report.finish();
}
