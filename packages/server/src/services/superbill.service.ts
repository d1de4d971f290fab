import { defaultPageSize, type PageSizeName, type Visit } from '@sotchart/contract';
import { m99ByRegion } from '@sotchart/engine';
import type { RequestContext } from '../auth/request-context';
import { userRepository } from '../db/repositories/user.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import type { PractitionerCredentials } from '../reports/page-frame';
import { renderSuperbill, type SuperbillLine } from '../reports/superbill';
import { dateInZone } from './clinic-date';
import { clinicTimeZone, loadClinic } from './clinic.service';
import { feeOf, feeScheduleService } from './fee-schedule.service';
import { loadPatient } from './patient.service';
import type { RenderedDocument } from '../reports/rendered-document';
import { auditOf, type ServiceDeps } from './service-deps';
import { visitWithFindings } from './visit-with-findings';

const m99Names = new Map<string, string>(
  Object.values(m99ByRegion).map((r) => [
    r.code,
    `Segmental and somatic dysfunction, ${r.regionName.toLowerCase()}`,
  ]),
);

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
  const clinic = await loadClinic(deps.db, ctx.clinicId);
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
  const lines: SuperbillLine[] = visits.flatMap((v) => {
    const { procedures, modifiers, diagnoses } = v.record.coding;
    const spinal = procedures.filter((c) => /^9894[012]$/.test(c));
    return procedures.map((code, i) => {
      const own = (spinal.length > 0 ? spinal.includes(code) : i === 0) ? modifiers : [];
      return {
        date: dateInZone(v.visitAt, clinic.timeZone),
        code,
        modifiers: own,
        pointers: diagnoses
          .slice(0, 4)
          .map((d) => pointerOf(codes.indexOf(d)))
          .join(''),
        fee: feeOf(schedule, code, own)?.amount ?? null,
        provider: credentials(v.practitionerId).nameAsSigned,
      };
    });
  });
  const practitioners = [...users.keys()];
  const name = `${patient.givenName} ${patient.familyName}`;
  const pdf = await renderSuperbill(
    {
      clinic: { name: clinic.name, address: clinic.address },
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
        description: m99Names.get(code) ?? '',
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
    const day = dateInZone(visit.visitAt, await clinicTimeZone(deps.db, ctx.clinicId));
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
    const zone = await clinicTimeZone(deps.db, ctx.clinicId);
    const rows = (await visitRepository.listByPatient(deps.db, ctx.clinicId, patientId))
      .filter((v) => v.status === 'signed')
      .filter((v) => {
        const day = dateInZone(v.visitAt, zone);
        return (range.from === undefined || day >= range.from) && (range.to === undefined || day <= range.to);
      })
      .reverse();
    const visits = rows.map((r) => ({ ...r, findings: [] }));
    const period = `${range.from ?? 'first visit'} to ${range.to ?? 'last visit'}`;
    return render(
      deps,
      ctx,
      patientId,
      visits,
      period,
      `${range.from ?? 'start'}-${range.to ?? 'end'}`,
      pageSize,
    );
  },
};
