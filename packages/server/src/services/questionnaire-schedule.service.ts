import type { OutcomeSchedule, OutcomeSettings, UpdateOutcomeSettings } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import { outcomeSettingsRepository } from '../db/repositories/outcome-settings.repository';
import { questionnaireRepository, type QuestionnaireRow } from '../db/repositories/questionnaire.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { dateInZone } from './clinic-date';
import { clinicTimeZone } from './clinic.service';
import { outcomeSchedule } from './outcome-schedule';
import { loadPatient } from './patient.service';
import { saveVersioned } from './save-versioned';
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
      const at = deps.clock().toISOString();
      const next = await saveVersioned({
        current: stored ?? defaultOutcomeSettings,
        expected: patch.version,
        change: (current) => ({ ...current, ...patch }),
        write: async (settings, expected) => {
          if (stored !== undefined)
            return outcomeSettingsRepository.update(trx, ctx.clinicId, settings, expected, at, ctx.userId);
          await outcomeSettingsRepository.insert(trx, ctx.clinicId, settings, at, ctx.userId);
          return true;
        },
        reload: () => loadOutcomeSettings(trx, ctx.clinicId),
      });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'outcome_settings', [ctx.clinicId], null));
      return next;
    });
    return saved;
  },
};
