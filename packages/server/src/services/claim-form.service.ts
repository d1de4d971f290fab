import type { ClaimFormPrint, Clinic, Coverage, PatientWithHistory } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { episodeRepository } from '../db/repositories/episode.repository';
import { patientRecordRepository } from '../db/repositories/patient-record.repository';
import type { VisitRow } from '../db/repositories/visit.repository';
import { validationFailed } from '../errors';
import type { ClaimProvider } from '../reports/claim-form/claim-form';
import { renderCms1500 } from '../reports/claim-form/cms1500';
import { splitAddress } from '../reports/claim-form/postal-address';
import { splitClaim, type BilledLine, type ClaimHeader } from '../reports/claim-form/split-claim';
import type { RenderedDocument } from '../reports/rendered-document';
import { dateInZone } from './clinic-date';
import { practitionerById } from './document-sources';
import { feeOf, feeScheduleService } from './fee-schedule.service';
import { loadPatient } from './patient.service';
import { auditOf, type ServiceDeps } from './service-deps';
import { periodStem, signedVisitsInPeriod, type DatePeriod } from './signed-visits-in-period';
import { documentingImagingDate, subluxationImaging } from './subluxation-imaging';
import { usBillingClinic } from './us-billing-clinic';
import { visitWithFindings } from './visit-with-findings';

const sexLetter = (sex: string): 'M' | 'F' | null => (sex === 'male' ? 'M' : sex === 'female' ? 'F' : null);

function primaryOf(patient: PatientWithHistory): Coverage {
  const primary = patient.coverage.find((c) => c.rank === 'primary');
  if (primary === undefined)
    throw validationFailed([
      {
        path: 'coverage',
        message: 'the patient has no primary coverage: add it before printing a claim form',
      },
    ]);
  return primary;
}

/** Boxes 1–13 and 25–33 from the patient, their coverage and the clinic. */
function headerOf(
  clinic: Clinic,
  patient: PatientWithHistory,
  extra: Pick<ClaimHeader, 'signatureOnFile' | 'courseStart' | 'physicianSignature' | 'xrayDate'>,
): ClaimHeader {
  const primary = primaryOf(patient);
  const secondary = patient.coverage.find((c) => c.rank === 'secondary');
  const patientAddress = splitAddress(patient.address ?? '');
  const self = primary.relationship === 'self';
  const provider: ClaimProvider = {
    name: clinic.name,
    address: splitAddress(clinic.address),
    npi: clinic.billingNpi ?? '',
  };
  return {
    payerName: primary.payerName,
    insuranceType: primary.insuranceType,
    insuredId: primary.insuredId,
    patientName: `${patient.familyName}, ${patient.givenName}`,
    patientBirthDate: patient.dateOfBirth,
    patientSex: sexLetter(patient.sex),
    insuredName: primary.insuredName,
    patientAddress,
    patientPhone: patient.phone ?? '',
    relationship: primary.relationship,
    insuredAddress: primary.insuredAddress === null ? patientAddress : splitAddress(primary.insuredAddress),
    otherInsured:
      secondary === undefined
        ? null
        : { name: secondary.insuredName, policyNumber: secondary.insuredId, planName: secondary.payerName },
    groupNumber: primary.groupNumber ?? '',
    insuredBirthDate: self ? patient.dateOfBirth : primary.insuredDateOfBirth,
    insuredSex: self
      ? sexLetter(patient.sex)
      : primary.insuredSex === null
        ? null
        : sexLetter(primary.insuredSex),
    planName: primary.payerName,
    taxId: clinic.taxId ?? '',
    taxIdType: clinic.taxIdType,
    accountNumber: patient.chartNumber,
    serviceFacility: provider,
    billingProvider: provider,
    ...extra,
  };
}

async function render(
  deps: ServiceDeps,
  ctx: RequestContext,
  clinic: Clinic,
  patientId: string,
  visits: readonly VisitRow[],
  print: ClaimFormPrint,
  stem: string,
): Promise<RenderedDocument> {
  const patient = await loadPatient(deps.db, ctx, patientId);
  const first = visits[0];
  const last = visits.at(-1);
  if (first === undefined || last === undefined)
    throw validationFailed([{ path: 'query', message: 'has no signed visit to bill in this period' }]);
  const schedule = await feeScheduleService.get(deps, ctx);
  const practitioners = new Map(
    await Promise.all(
      [...new Set(visits.map((v) => v.practitionerId))].map(
        async (id) => [id, await practitionerById(deps.db, ctx.clinicId, id)] as const,
      ),
    ),
  );
  const episode =
    first.episodeId === null
      ? undefined
      : await episodeRepository.findById(deps.db, ctx.clinicId, first.episodeId);
  const lastDay = dateInZone(last.visitAt, clinic.timeZone);
  const consents = await patientRecordRepository.listConsents(deps.db, ctx.clinicId, patientId);
  const lines: BilledLine[] = visits.flatMap((v) =>
    v.record.coding.lines.map((line) => {
      const fee = feeOf(schedule, line.code, line.modifiers)?.amount;
      return {
        date: dateInZone(v.visitAt, clinic.timeZone),
        placeOfService: clinic.placeOfService,
        code: line.code,
        modifiers: line.modifiers,
        pointed: line.pointers
          .map((p) => v.record.coding.diagnoses[p - 1])
          .filter((d): d is string => d !== undefined),
        visitDiagnoses: v.record.coding.diagnoses,
        charge: fee === undefined ? null : fee * line.units,
        units: line.units,
        renderingNpi: practitioners.get(v.practitionerId)?.npi ?? '',
      };
    }),
  );
  const signedAt = last.signedAt ?? last.updatedAt;
  const header = headerOf(clinic, patient, {
    signatureOnFile: consents.some((c) => c.type === 'insurance_billing' && c.date <= lastDay),
    courseStart: episode?.startDate ?? null,
    xrayDate: documentingImagingDate(
      await subluxationImaging(deps.db, ctx.clinicId, patientId),
      episode?.startDate ?? null,
    ),
    physicianSignature: {
      name: practitioners.get(last.practitionerId)?.nameAsSigned ?? '',
      date: dateInZone(signedAt, clinic.timeZone),
    },
  });
  const pdf = await renderCms1500(splitClaim(header, lines), print, {
    title: `CMS-1500 ${patient.givenName} ${patient.familyName} ${stem}`,
    createdAt: new Date(signedAt),
  });
  await deps.audit.record(
    auditOf(ctx, 'export', 'claim_form', [patientId, ...visits.map((v) => v.id)], patientId),
  );
  return { pdf, filename: `cms1500-${stem}.pdf` };
}

export const claimFormService = {
  /** The CMS-1500 of one signed visit. */
  async visit(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    print: ClaimFormPrint,
  ): Promise<RenderedDocument> {
    const clinic = await usBillingClinic(deps, ctx);
    const { findings: _findings, ...visit } = await visitWithFindings(deps.db, ctx.clinicId, visitId);
    if (visit.status !== 'signed')
      throw validationFailed([
        { path: 'id', message: 'is a draft visit: a claim is made from a signed visit' },
      ]);
    const day = dateInZone(visit.visitAt, clinic.timeZone);
    return render(deps, ctx, clinic, visit.patientId, [visit], print, day);
  },

  /** The CMS-1500 forms of a patient's signed visits in a period (clinic dates, both included). */
  async period(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    period: DatePeriod,
    print: ClaimFormPrint,
  ): Promise<RenderedDocument> {
    const clinic = await usBillingClinic(deps, ctx);
    await loadPatient(deps.db, ctx, patientId);
    const visits = await signedVisitsInPeriod(deps.db, ctx.clinicId, patientId, clinic.timeZone, period);
    return render(deps, ctx, clinic, patientId, visits, print, periodStem(period));
  },
};
