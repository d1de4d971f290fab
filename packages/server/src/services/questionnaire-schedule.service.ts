import type { OutcomeSchedule, OutcomeSettings, UpdateOutcomeSettings } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { outcomeSettingsRepository } from '../db/repositories/outcome-settings.repository';
import { questionnaireRepository, type QuestionnaireRow } from '../db/repositories/questionnaire.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { AppError, notFound } from '../errors';
import { dateInZone } from './clinic-date';
import { outcomeSchedule } from './outcome-schedule';
import { loadPatient } from './patient.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** A clinic's settings before it changes any: NPRS every two weeks, standard NPRS bands. */
export const defaultOutcomeSettings: OutcomeSettings = {
  mode: 'interval',
  intervalDays: 14,
  instruments: ['nprs'],
  nprsBands: 'standard',
  version: 1,
};

/** The clinic's questionnaire settings, or the defaults when it has changed none. */
export async function loadOutcomeSettings(db: Kysely<Database>, clinicId: string): Promise<OutcomeSettings> {
  return (await outcomeSettingsRepository.find(db, clinicId)) ?? defaultOutcomeSettings;
}

/** The clinic's time zone: visit dates, due dates and printed dates are days there. */
export async function clinicTimeZone(db: Kysely<Database>, clinicId: string): Promise<string> {
  const clinic = await clinicRepository.findById(db, clinicId);
  if (clinic === undefined) throw notFound();
  return clinic.timeZone;
}

/**
 * The schedule of a patient's open episode (the latest-starting one without an end date), computed
 * from its visits and the questionnaires already loaded.
 */
export async function scheduleFor(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
  responses: readonly QuestionnaireRow[],
  now: Date,
): Promise<OutcomeSchedule> {
  const [settings, timeZone, episodes, visits] = await Promise.all([
    loadOutcomeSettings(db, clinicId),
    clinicTimeZone(db, clinicId),
    episodeRepository.listByPatient(db, clinicId, patientId),
    visitRepository.listByPatient(db, clinicId, patientId),
  ]);
  const episode = episodes.find((e) => e.endDate === null) ?? null;
  return outcomeSchedule(patientId, {
    today: dateInZone(now, timeZone),
    settings,
    episode:
      episode === null
        ? null
        : { id: episode.id, startDate: episode.startDate, reExamDate: episode.plan.reExamDate },
    visits: visits
      .filter((v) => episode !== null && v.episodeId === episode.id)
      .map((v) => ({ date: dateInZone(v.visitAt, timeZone), type: v.type })),
    responses: responses
      .filter((r) => episode !== null && r.episodeId === episode.id)
      .map((r) => ({
        instrumentId: r.instrumentId,
        date: dateInZone(r.administeredAt, timeZone),
        administeredAt: r.administeredAt,
        complete: r.score.status === 'complete',
      })),
  });
}

export const questionnaireScheduleService = {
  async get(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<OutcomeSchedule> {
    await loadPatient(deps.db, ctx, patientId);
    const responses = await questionnaireRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    const schedule = await scheduleFor(deps.db, ctx.clinicId, patientId, responses, deps.clock());
    await deps.audit.record(auditOf(ctx, 'read', 'outcome_schedule', [patientId], patientId));
    return schedule;
  },

  getSettings(deps: ServiceDeps, ctx: RequestContext): Promise<OutcomeSettings> {
    return loadOutcomeSettings(deps.db, ctx.clinicId);
  },

  async updateSettings(
    deps: ServiceDeps,
    ctx: RequestContext,
    patch: UpdateOutcomeSettings,
  ): Promise<OutcomeSettings> {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const stored = await outcomeSettingsRepository.find(trx, ctx.clinicId);
      const current = stored ?? defaultOutcomeSettings;
      if (patch.version !== current.version) throw new AppError('VERSION_CONFLICT', { current });
      const { version: _v, ...fields } = patch;
      const next: OutcomeSettings = { ...current, ...fields, version: current.version + 1 };
      const at = deps.clock().toISOString();
      if (stored === undefined)
        await outcomeSettingsRepository.insert(trx, ctx.clinicId, next, at, ctx.userId);
      else if (
        !(await outcomeSettingsRepository.update(trx, ctx.clinicId, next, current.version, at, ctx.userId))
      )
        throw new AppError('VERSION_CONFLICT', { current: await loadOutcomeSettings(trx, ctx.clinicId) });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'outcome_settings', [ctx.clinicId], null));
      return next;
    });
    return saved;
  },
};
