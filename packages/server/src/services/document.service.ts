import type { Episode, ProgressReportQuery, ProgressSeries, Visit } from '@sotchart/contract';
import { contraindications, isPositive, redFlags, type CategoryId } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { User } from '../auth/account.schemas';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { findingRepository } from '../db/repositories/finding.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { userRepository } from '../db/repositories/user.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { notFound } from '../errors';
import { renderPatientHandout } from '../reports/documents/patient-handout';
import { renderProgressReport, type ProgressVisit } from '../reports/documents/progress-report';
import { renderVisitNote, type NoteOutcome } from '../reports/documents/visit-note';
import type { PractitionerCredentials } from '../reports/page-frame';
import { defaultPageSize, type PageSize } from '../reports/page-size';
import { dateInZone } from './clinic-date';
import { progressSeries } from './outcome-progress';
import { loadPatient } from './patient.service';
import { effectivePack } from './protocol.service';
import { loadOutcomeSettings } from './schedule.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** A rendered document and the file name to offer for it. */
export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly filename: string;
}

const credentialsOf = (user: User | undefined): PractitionerCredentials | null =>
  user === undefined
    ? null
    : {
        nameAsSigned: user.profile.nameAsSigned.trim() === '' ? user.displayName : user.profile.nameAsSigned,
        degree: user.profile.degree,
        licenceNumber: user.profile.licenceNumber,
        licenceState: user.profile.licenceState,
        npi: user.profile.npi,
      };

async function clinicOf(db: Kysely<Database>, clinicId: string) {
  const clinic = await clinicRepository.findById(db, clinicId);
  if (clinic === undefined) throw notFound();
  return clinic;
}

/** Indicator, red-flag and contraindication names from the clinic's pack, by id. */
async function indicatorNames(db: Kysely<Database>, clinicId: string): Promise<(id: string) => string> {
  const { pack } = await effectivePack(db, clinicId);
  const names = new Map<string, string>([
    ...pack.indicators.map((i) => [i.id, i.name] as const),
    ...redFlags.map((f) => [f.id, f.name] as const),
    ...contraindications.map((c) => [c.id, c.name] as const),
  ]);
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}

async function loadVisit(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<Visit> {
  const row = await visitRepository.findById(db, ctx.clinicId, id);
  if (row === undefined) throw notFound();
  const findings = (await findingRepository.listForVisits(db, ctx.clinicId, [id])).get(id) ?? [];
  return { ...row, findings };
}

const fileStem = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

const treatedCategory = (visit: Visit): CategoryId | null => {
  if (visit.treatedCategory !== null) return visit.treatedCategory.category;
  const c = visit.engine.analysis.category;
  return c === 'I' || c === 'II' || c === 'III' ? c : null;
};

export const documentService = {
  /** The visit note (signed, or a marked draft). A signed note renders to the same bytes every time. */
  async visitNote(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize: PageSize | undefined,
  ): Promise<RenderedDocument> {
    const db = deps.db;
    const visit = await loadVisit(db, ctx, visitId);
    const [patient, clinic, episode, addenda, names, responses, settings] = await Promise.all([
      loadPatient(db, ctx, visit.patientId),
      clinicOf(db, ctx.clinicId),
      visit.episodeId === null
        ? Promise.resolve(undefined)
        : episodeRepository.findById(db, ctx.clinicId, visit.episodeId),
      visitRepository.listAddenda(db, ctx.clinicId, visitId),
      indicatorNames(db, ctx.clinicId),
      questionnaireRepository.listByPatient(db, ctx.clinicId, visit.patientId),
      loadOutcomeSettings(db, ctx.clinicId),
    ]);
    const userIds = [...new Set([visit.signedBy ?? visit.practitionerId, ...addenda.map((a) => a.authorId)])];
    const users = new Map(
      await Promise.all(
        userIds.map(async (id) => [id, await userRepository.findById(db, ctx.clinicId, id)] as const),
      ),
    );
    const visitDay = dateInZone(visit.visitAt, clinic.timeZone);
    const sameDay = responses.filter((r) => dateInZone(r.administeredAt, clinic.timeZone) === visitDay);
    const outcomes: NoteOutcome[] = progressSeries(sameDay, settings.nprsBands).flatMap((s) =>
      s.points.map((p) => ({
        name: s.name,
        value: p.value,
        unit: s.unit,
        band: p.band,
        change:
          p.delta === null
            ? null
            : `${p.delta > 0 ? '+' : ''}${p.delta}${p.verdict === 'none' || p.verdict === null ? '' : `, ${p.verdict}`}`,
      })),
    );
    const name = `${patient.givenName} ${patient.familyName}`;
    const pdf = await renderVisitNote(
      {
        clinic: { name: clinic.name, address: clinic.address },
        timeZone: clinic.timeZone,
        patient: {
          name,
          chartNumber: patient.chartNumber,
          dateOfBirth: patient.dateOfBirth,
          sex: patient.sex,
        },
        visit,
        episode: episode ?? null,
        practitioner: credentialsOf(users.get(visit.signedBy ?? visit.practitionerId)),
        addenda: addenda.map((a) => ({
          ...a,
          authorName: credentialsOf(users.get(a.authorId))?.nameAsSigned ?? 'Unknown author',
        })),
        outcomes,
        indicatorName: names,
      },
      pageSize ?? defaultPageSize(clinic.timeZone),
    );
    await deps.audit.record(auditOf(ctx, 'export', 'visit_note', [visitId], visit.patientId));
    return { pdf, filename: `visit-note-${fileStem(name)}-${visitDay}.pdf` };
  },

  /** The plain-language patient handout of a visit. */
  async handout(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize: PageSize | undefined,
  ): Promise<RenderedDocument> {
    const db = deps.db;
    const visit = await loadVisit(db, ctx, visitId);
    const [patient, clinic, practitioner] = await Promise.all([
      loadPatient(db, ctx, visit.patientId),
      clinicOf(db, ctx.clinicId),
      userRepository.findById(db, ctx.clinicId, visit.signedBy ?? visit.practitionerId),
    ]);
    const visitDate = dateInZone(visit.visitAt, clinic.timeZone);
    const pdf = await renderPatientHandout(
      {
        clinic: { name: clinic.name, address: clinic.address },
        practitioner: credentialsOf(practitioner),
        givenName: patient.givenName,
        patientName: `${patient.givenName} ${patient.familyName}`,
        chartNumber: patient.chartNumber,
        visitDate,
        category: treatedCategory(visit),
        referral: visit.engine.analysis.referral !== null,
        homeCare: visit.record.homeCare,
        createdAt: new Date(visit.signedAt ?? visit.updatedAt),
      },
      pageSize ?? defaultPageSize(clinic.timeZone),
    );
    await deps.audit.record(auditOf(ctx, 'export', 'patient_handout', [visitId], visit.patientId));
    return { pdf, filename: `patient-handout-${fileStem(patient.givenName)}-${visitDate}.pdf` };
  },

  /** The progress report of a period (default: from the first visit or questionnaire to today). */
  async progressReport(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    query: ProgressReportQuery,
  ): Promise<RenderedDocument> {
    const db = deps.db;
    const [patient, clinic, episodes, visitRows, responses, names, settings] = await Promise.all([
      loadPatient(db, ctx, patientId),
      clinicOf(db, ctx.clinicId),
      episodeRepository.listByPatient(db, ctx.clinicId, patientId),
      visitRepository.listByPatient(db, ctx.clinicId, patientId),
      questionnaireRepository.listByPatient(db, ctx.clinicId, patientId),
      indicatorNames(db, ctx.clinicId),
      loadOutcomeSettings(db, ctx.clinicId),
    ]);
    const tz = clinic.timeZone;
    const now = deps.clock();
    const dayOf = (iso: string) => dateInZone(iso, tz);
    const earliest = [
      ...visitRows.map((v) => dayOf(v.visitAt)),
      ...responses.map((r) => dayOf(r.administeredAt)),
    ].sort()[0];
    const to = query.to ?? dayOf(now.toISOString());
    const from = query.from ?? earliest ?? to;
    const inPeriod = (iso: string) => dayOf(iso) >= from && dayOf(iso) <= to;
    const visits = visitRows.filter((v) => inPeriod(v.visitAt)).reverse();
    const findings = await findingRepository.listForVisits(
      db,
      ctx.clinicId,
      visits.map((v) => v.id),
    );
    const series: ProgressSeries[] = progressSeries(responses, settings.nprsBands)
      .map((s) => ({ ...s, points: s.points.filter((p) => inPeriod(p.administeredAt)) }))
      .filter((s) => s.points.length > 0);
    const episode: Episode | null =
      episodes.find((e) => e.startDate <= to && (e.endDate === null || e.endDate >= from)) ?? null;
    const lastVisit = visits[visits.length - 1];
    const practitioner = await userRepository.findById(
      db,
      ctx.clinicId,
      lastVisit === undefined ? ctx.userId : (lastVisit.signedBy ?? lastVisit.practitionerId),
    );
    const progressVisits: ProgressVisit[] = visits.map((v) => {
      const pre = (findings.get(v.id) ?? []).filter(
        (f) =>
          f.phase === 'pre' &&
          !f.indicator.startsWith('rf_') &&
          !f.indicator.startsWith('ci_') &&
          isPositive(f),
      );
      return {
        visitAt: v.visitAt,
        type: v.type,
        signed: v.status === 'signed',
        category: v.engine.analysis.category,
        side: v.engine.analysis.side,
        level: v.engine.analysis.level,
        treated: v.treatedCategory === null ? null : `Category ${v.treatedCategory.category}`,
        summary: v.engine.verification.summary,
        indicators: pre.map((f) => ({
          indicator: f.indicator,
          cleared: v.engine.verification.items.some(
            (i) => i.indicator === f.indicator && i.pre !== undefined && i.change === 'cleared',
          ),
        })),
      };
    });
    const name = `${patient.givenName} ${patient.familyName}`;
    const pdf = await renderProgressReport(
      {
        clinic: { name: clinic.name, address: clinic.address },
        practitioner: credentialsOf(practitioner),
        timeZone: tz,
        patient: { name, chartNumber: patient.chartNumber, dateOfBirth: patient.dateOfBirth },
        period: { from, to },
        episode,
        series,
        visits: progressVisits,
        indicatorName: names,
        createdAt: now,
      },
      query.pageSize ?? defaultPageSize(tz),
    );
    await deps.audit.record(auditOf(ctx, 'export', 'progress_report', [patientId], patientId));
    return { pdf, filename: `progress-report-${fileStem(name)}-${from}-to-${to}.pdf` };
  },
};
