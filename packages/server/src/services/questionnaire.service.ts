import type {
  CreateQuestionnaireResponse,
  OutcomeProgress,
  QuestionnaireResponse,
  StoredAnswer,
} from '@sotchart/contract';
import {
  ENGINE_VERSION,
  instruments,
  scoreQuestionnaire,
  type InstrumentId,
  type OutcomeScore,
  type ScoringContext,
} from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import { questionnaireRepository, type QuestionnaireRow } from '../db/repositories/questionnaire.repository';
import { validationFailed } from '../errors';
import { dateInZone } from './clinic-date';
import { clinicTimeZone } from './clinic.service';
import { patientInstrumentForms } from './instrument.service';
import { progressSeries, questionnaireWording } from './outcome-progress';
import { loadPatient } from './patient.service';
import { loadOutcomeSettings, scheduleFor } from './questionnaire-schedule.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** A questionnaire arriving from staff or the kiosk, before it is scored and stored. */
export interface IncomingQuestionnaire {
  readonly patientId: string;
  readonly instrumentId: InstrumentId;
  readonly answers: unknown;
  readonly administeredAt: string;
  /** undefined: the episode open on the day it was given. */
  readonly episodeId?: string | null;
  readonly source: QuestionnaireResponse['source'];
  readonly enteredBy: string | null;
  readonly kioskLinkId: string | null;
}

/** The PSFS activities as sent (the engine has already checked their shape). */
type PsfsActivities = { activities: { id: string; label?: string; score: number | null }[] };

function storedAnswers(instrumentId: InstrumentId, answers: unknown): StoredAnswer[] {
  if (instrumentId === 'psfs') {
    return (answers as PsfsActivities).activities.map((a) => ({
      itemId: a.id,
      label: a.label ?? null,
      value: a.score,
    }));
  }
  const values = answers as Readonly<Record<string, number | null | undefined>>;
  return instruments[instrumentId].items.map((item) => ({
    itemId: item.id,
    label: null,
    value: values[item.id] ?? null,
  }));
}

async function resolveEpisode(
  db: Kysely<Database>,
  clinicId: string,
  input: IncomingQuestionnaire,
  timeZone: string,
) {
  const episodes = await episodeRepository.listByPatient(db, clinicId, input.patientId);
  if (input.episodeId !== undefined && input.episodeId !== null) {
    const episode = episodes.find((e) => e.id === input.episodeId);
    if (episode === undefined)
      throw validationFailed([{ path: 'episodeId', message: "is not one of this patient's episodes" }]);
    return episode;
  }
  if (input.episodeId === null) return null;
  const day = dateInZone(input.administeredAt, timeZone);
  // Newest start first: the latest episode that had begun by that day and had not ended.
  return episodes.find((e) => e.startDate <= day && (e.endDate === null || e.endDate >= day)) ?? null;
}

/** The scoring context: the episode's onset, the clinic's NPRS bands and the episode's first complete score. */
async function scoringContext(
  db: Kysely<Database>,
  clinicId: string,
  input: IncomingQuestionnaire,
  episode: { id: string; onset: ScoringContext['onset'] } | null,
): Promise<ScoringContext> {
  const settings = await loadOutcomeSettings(db, clinicId);
  const earlier = (await questionnaireRepository.listByPatient(db, clinicId, input.patientId)).filter(
    (r) =>
      r.instrumentId === input.instrumentId &&
      r.episodeId === (episode?.id ?? null) &&
      r.score.status === 'complete' &&
      r.administeredAt < input.administeredAt,
  );
  const baseline = earlier[0];
  const context: ScoringContext = {
    nprsBands: settings.nprsBands,
    ...(episode?.onset === undefined ? {} : { onset: episode.onset }),
    ...(baseline?.score.value === null || baseline === undefined ? {} : { baseline: baseline.score.value }),
  };
  if (input.instrumentId !== 'psfs' || baseline === undefined) return context;
  const answers =
    (await questionnaireRepository.listAnswers(db, clinicId, [baseline.id])).get(baseline.id) ?? [];
  const baselineActivities = Object.fromEntries(
    answers.flatMap((a) => (a.value === null ? [] : [[a.itemId, a.value] as const])),
  );
  return { ...context, baselineActivities };
}

/**
 * Scores a questionnaire with the engine and stores it with every item answer, inside the caller's
 * transaction. Answers the instrument does not accept are VALIDATION_FAILED naming each item.
 */
export async function recordQuestionnaire(
  db: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  clinicId: string,
  input: IncomingQuestionnaire,
): Promise<QuestionnaireResponse> {
  const timeZone = await clinicTimeZone(db, clinicId);
  const episode = await resolveEpisode(db, clinicId, input, timeZone);
  const context = await scoringContext(db, clinicId, input, episode);
  const scored = scoreQuestionnaire(input.instrumentId, input.answers, context);
  if (!scored.ok) throw validationFailed(scored.error.details);
  const score: OutcomeScore = scored.value;
  // The wording the patient was shown (their language's pack, else the clinic's), kept with the answers.
  const forms = await patientInstrumentForms(db, clinicId, input.patientId);
  const response: QuestionnaireResponse = {
    id: deps.newId(),
    patientId: input.patientId,
    episodeId: episode?.id ?? null,
    instrumentId: input.instrumentId,
    instrumentVersion: score.version,
    administeredAt: input.administeredAt,
    source: input.source,
    enteredBy: input.enteredBy,
    answers: storedAnswers(input.instrumentId, input.answers),
    score,
    engineVersion: ENGINE_VERSION,
    createdAt: deps.clock().toISOString(),
    wording: questionnaireWording(forms.get(input.instrumentId)?.wording),
  };
  const { answers, ...row } = response;
  await questionnaireRepository.insert(db, clinicId, row, input.kioskLinkId);
  await questionnaireRepository.insertAnswers(db, clinicId, response.id, answers);
  return response;
}

async function withAnswers(
  db: Kysely<Database>,
  clinicId: string,
  rows: readonly QuestionnaireRow[],
): Promise<QuestionnaireResponse[]> {
  const answers = await questionnaireRepository.listAnswers(
    db,
    clinicId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, answers: answers.get(r.id) ?? [] }));
}

export const questionnaireService = {
  async create(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: CreateQuestionnaireResponse,
  ): Promise<QuestionnaireResponse> {
    const administeredAt = new Date(input.administeredAt ?? deps.clock().toISOString()).toISOString();
    const response = await deps.db.transaction().execute(async (trx) => {
      await loadPatient(trx, ctx, patientId);
      const stored = await recordQuestionnaire(trx, deps, ctx.clinicId, {
        patientId,
        instrumentId: input.instrumentId,
        answers: input.answers,
        administeredAt,
        ...(input.episodeId === undefined ? {} : { episodeId: input.episodeId }),
        source: 'staff',
        enteredBy: ctx.userId,
        kioskLinkId: null,
      });
      await deps.audit.within(trx, auditOf(ctx, 'create', 'questionnaire_response', [stored.id], patientId));
      return stored;
    });
    return response;
  },

  async list(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<QuestionnaireResponse[]> {
    await loadPatient(deps.db, ctx, patientId);
    const rows = await questionnaireRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    const list = await withAnswers(deps.db, ctx.clinicId, rows);
    await deps.audit.record(auditOf(ctx, 'read', 'questionnaire_response', [patientId], patientId));
    return list;
  },

  async progress(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<OutcomeProgress> {
    await loadPatient(deps.db, ctx, patientId);
    const rows = await questionnaireRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    const settings = await loadOutcomeSettings(deps.db, ctx.clinicId);
    const schedule = await scheduleFor(deps.db, ctx.clinicId, patientId, rows, deps.clock());
    // The wording the patient reads now, for questionnaires stored before their own was kept.
    const forms = await patientInstrumentForms(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'questionnaire_response', [patientId], patientId));
    const series = progressSeries(rows, settings.nprsBands, (id) => forms.get(id)?.wording ?? null);
    return { patientId, series, schedule };
  },
};
