import { defaultPageSize, type PageSizeName, type Visit } from '@sotchart/contract';
import { icd10CodeList } from '@sotchart/engine';
import type { RequestContext } from '../auth/request-context';
import { userRepository } from '../db/repositories/user.repository';
import { clinicDocumentLanguage } from '../reports/clinic-document-language';
import type { PractitionerCredentials } from '../reports/page-frame';
import { renderSuperbill, type SuperbillLine } from '../reports/superbill';
import { dateInZone } from './clinic-date';
import { feeOf, feeScheduleService } from './fee-schedule.service';
import { loadPatient } from './patient.service';
import type { RenderedDocument } from '../reports/rendered-document';
import { auditOf, type ServiceDeps } from './service-deps';
import { periodLabel, periodStem, signedVisitsInPeriod } from './signed-visits-in-period';
import { usBillingClinic } from './us-billing-clinic';
import { visitWithFindings } from './visit-with-findings';

// The descriptions of the codes chiropractors bill (the engine's list, written for SOT Chart).
const descriptions = new Map(icd10CodeList.map((e) => [e.code, e.description]));

const pointerOf = (i: number) =>
  String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');

async function render(
  deps: ServiceDeps,
  ctx: RequestContext,
  patientId: string,
  visits: readonly Visit[],
  period: string,
  stem: string,
  pageSize: PageSizeName | undefined,
): Promise<RenderedDocument> {
  const patient = await loadPatient(deps.db, ctx, patientId);
  const clinic = await usBillingClinic(deps, ctx);
  const schedule = await feeScheduleService.get(deps, ctx);
  const users = new Map(
    await Promise.all(
      [...new Set(visits.map((v) => v.practitionerId))].map(
        async (id) => [id, await userRepository.findById(deps.db, ctx.clinicId, id)] as const,
      ),
    ),
  );
  const credentials = (id: string): PractitionerCredentials => {
    const u = users.get(id);
    return {
      nameAsSigned:
        u === undefined ? id : u.profile.nameAsSigned.trim() === '' ? u.displayName : u.profile.nameAsSigned,
      degree: u?.profile.degree ?? '',
      licenceNumber: u?.profile.licenceNumber ?? '',
      licenceState: u?.profile.licenceState ?? '',
      npi: u?.profile.npi ?? null,
    };
  };
  const codes: string[] = [];
  for (const v of visits) for (const c of v.record.coding.diagnoses) if (!codes.includes(c)) codes.push(c);
  // Each visit's pointers (1-based into its own diagnoses) become letters into the superbill's list.
  const lines: SuperbillLine[] = visits.flatMap((v) => {
    const { lines: claimLines, diagnoses } = v.record.coding;
    return claimLines.map((line) => {
      const fee = feeOf(schedule, line.code, line.modifiers)?.amount;
      return {
        date: dateInZone(v.visitAt, clinic.timeZone),
        code: line.code,
        modifiers: line.modifiers,
        pointers: line.pointers
          .map((p) => diagnoses[p - 1])
          .filter((d) => d !== undefined)
          .map((d) => pointerOf(codes.indexOf(d)))
          .join(''),
        units: line.units,
        fee: fee === undefined ? null : fee * line.units,
        provider: credentials(v.practitionerId).nameAsSigned,
      };
    });
  });
  const practitioners = [...users.keys()];
  const name = `${patient.givenName} ${patient.familyName}`;
  const pdf = await renderSuperbill(
    {
      clinic: { name: clinic.name, address: clinic.address },
      taxId: clinic.taxId === null ? null : `${clinic.taxId} (${clinic.taxIdType.toUpperCase()})`,
      placeOfService: clinic.placeOfService,
      practitioner:
        practitioners.length === 1 && practitioners[0] !== undefined ? credentials(practitioners[0]) : null,
      patient: {
        name,
        chartNumber: patient.chartNumber,
        dateOfBirth: patient.dateOfBirth,
        sex: patient.sex,
        address: patient.address ?? '',
        phone: patient.phone ?? '',
      },
      period,
      diagnoses: codes.map((code, i) => ({
        pointer: pointerOf(i),
        code,
        description: descriptions.get(code) ?? '',
      })),
      lines,
      currency: schedule.currency,
      hasFeeSchedule: schedule.version > 0,
      drafts: visits.filter((v) => v.status !== 'signed').length,
      createdAt: new Date(
        visits
          .map((v) => v.signedAt ?? v.updatedAt)
          .sort()
          .at(-1) ?? deps.clock().toISOString(),
      ),
    },
    pageSize ?? defaultPageSize(clinic.timeZone),
    // Addressed to a payer: in the clinic's language (a US clinic may keep its records in Spanish).
    await clinicDocumentLanguage(deps.db, ctx.clinicId, clinic.language, ['reports']),
  );
  await deps.audit.record(
    auditOf(ctx, 'export', 'superbill', [patientId, ...visits.map((v) => v.id)], patientId),
  );
  return { pdf, filename: `superbill-${stem}.pdf` };
}

export const superbillService = {
  /** The superbill of one visit (a draft is marked as such). */
  async visit(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize?: PageSizeName,
  ): Promise<RenderedDocument> {
    const visit = await visitWithFindings(deps.db, ctx.clinicId, visitId);
    const day = dateInZone(visit.visitAt, (await usBillingClinic(deps, ctx)).timeZone);
    return render(deps, ctx, visit.patientId, [visit], `Visit of ${day}`, day, pageSize);
  },

  /** The superbill of a patient's signed visits from `from` to `to` (clinic dates, both included). */
  async period(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    range: { from?: string | undefined; to?: string | undefined },
    pageSize?: PageSizeName,
  ): Promise<RenderedDocument> {
    await loadPatient(deps.db, ctx, patientId);
    const { timeZone } = await usBillingClinic(deps, ctx);
    const rows = await signedVisitsInPeriod(deps.db, ctx.clinicId, patientId, timeZone, range);
    const visits = rows.map((r) => ({ ...r, findings: [] }));
    return render(deps, ctx, patientId, visits, periodLabel(range), periodStem(range), pageSize);
  },
};
