import {
  instantInZone,
  type Appointment,
  type AppointmentType,
  type BookedSeries,
  type BookingEpisode,
  type OccurrenceProblem,
  type SeriesOccurrence,
  type SeriesPreview,
  type SeriesRequest,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { appointmentRepository, takesSlot } from '../db/repositories/appointment.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { AppError, validationFailed, type ErrorDetail } from '../errors';
import { clinicTimeZone } from './clinic.service';
import { loadOutcomeSettings, scheduleFor } from './questionnaire-schedule.service';
import { assertEpisodeOfPatient } from './visit.service';
import { clashDetail, bookingTransaction } from './schedule/booking';
import { planSeries } from './schedule/care-plan-series';
import { projectDueQuestionnaires } from './schedule/project-due-questionnaires';
import { withinWorkingHours } from './schedule/working-hours';
import { loadPatient } from './patient.service';
import { loadBookablePractitioner } from './schedule-settings.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** A series' appointment with the clashes found for it. */
interface Planned {
  readonly occurrence: SeriesOccurrence;
  readonly type: AppointmentType;
  readonly clashes: readonly Appointment[];
}

/** The types the series books, checked as the clinic's, active; a 400 naming the field otherwise. */
async function seriesTypes(
  trx: Kysely<Database>,
  ctx: RequestContext,
  request: SeriesRequest,
): Promise<{ visit: AppointmentType; reExam: AppointmentType | null }> {
  const problems: ErrorDetail[] = [];
  const find = async (id: string, path: string) => {
    const type = await scheduleSettingsRepository.findType(trx, ctx.clinicId, id);
    if (type === undefined || !type.active)
      problems.push({ path, message: 'is not one of the clinic’s appointment types' });
    return type;
  };
  const visit = await find(request.typeId, 'typeId');
  const reExam = request.reExam === null ? null : await find(request.reExam.typeId, 'reExam.typeId');
  if ((await patientRepository.findById(trx, ctx.clinicId, request.patientId)) === undefined)
    problems.push({ path: 'patientId', message: 'is not a patient of this clinic' });
  else
    await assertEpisodeOfPatient(trx, ctx, request.episodeId, request.patientId).catch(() =>
      problems.push({ path: 'episodeId', message: 'is not one of this patient’s episodes' }),
    );
  await loadBookablePractitioner(trx, ctx.clinicId, request.practitionerId).catch(() =>
    problems.push({ path: 'practitionerId', message: 'is not a practitioner of this clinic' }),
  );
  if (request.roomId !== null) {
    const room = await scheduleSettingsRepository.findRoom(trx, ctx.clinicId, request.roomId);
    if (room === undefined || !room.active)
      problems.push({ path: 'roomId', message: 'is not one of the clinic’s rooms' });
  }
  if (problems.length > 0 || visit === undefined) throw validationFailed(problems);
  return { visit, reExam: reExam ?? null };
}

/**
 * Every appointment the series would book, with its problems: a clash with a booking already made
 * (or with an earlier appointment of the same series), a time outside the practitioner's hours, a
 * time already past; and the questionnaires the clinic's schedule will have due at each.
 */
async function plan(
  trx: Kysely<Database>,
  deps: ServiceDeps,
  ctx: RequestContext,
  request: SeriesRequest,
): Promise<{ rule: string; planned: Planned[] }> {
  const types = await seriesTypes(trx, ctx, request);
  const series = planSeries(request);
  const now = deps.clock();
  const [timeZone, hours, settings, responses] = await Promise.all([
    clinicTimeZone(trx, ctx.clinicId),
    scheduleSettingsRepository.findHours(trx, ctx.clinicId, request.practitionerId),
    loadOutcomeSettings(trx, ctx.clinicId),
    questionnaireRepository.listByPatient(trx, ctx.clinicId, request.patientId),
  ]);
  const schedule = await scheduleFor(trx, ctx.clinicId, request.patientId, responses, now);
  const due = projectDueQuestionnaires(schedule, settings, series.occurrences);
  const planned: Planned[] = [];
  for (const [i, o] of series.occurrences.entries()) {
    const type = o.reExam && types.reExam !== null ? types.reExam : types.visit;
    const startAt = instantInZone(o.date, o.minutes, timeZone);
    const endAt = new Date(Date.parse(startAt) + type.minutes * 60_000).toISOString();
    const holds = takesSlot('booked', type.allowDoubleBooking);
    const clashes = holds
      ? await appointmentRepository.clashes(trx, ctx.clinicId, {
          practitionerId: request.practitionerId,
          roomId: request.roomId,
          startAt,
          endAt,
        })
      : [];
    const clashesWithSeries =
      holds &&
      planned.some(
        (p) =>
          !p.type.allowDoubleBooking &&
          Date.parse(p.occurrence.startAt) < Date.parse(endAt) &&
          Date.parse(startAt) < Date.parse(p.occurrence.endAt),
      );
    const problems: OccurrenceProblem[] = [];
    if (clashes.length > 0 || clashesWithSeries) problems.push('slot_taken');
    if (!withinWorkingHours(hours.days, o.date, o.minutes, o.minutes + type.minutes))
      problems.push('outside_hours');
    if (Date.parse(startAt) < now.getTime()) problems.push('in_the_past');
    planned.push({
      type,
      clashes,
      occurrence: {
        ruleDate: o.ruleDate,
        startAt,
        endAt,
        typeId: type.id,
        kind: type.kind,
        problems,
        dueQuestionnaires: due[i]!,
      },
    });
  }
  return { rule: series.rule, planned };
}

export const appointmentSeriesService = {
  /** A patient's episodes with their care plans only, for booking a series from the front desk. */
  async bookingEpisodes(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
  ): Promise<BookingEpisode[]> {
    await loadPatient(deps.db, ctx, patientId);
    const episodes = await episodeRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'episode', [patientId], patientId));
    return episodes.map((e) => ({
      id: e.id,
      startDate: e.startDate,
      endDate: e.endDate,
      visitsPerWeek: e.plan.visitsPerWeek,
      durationWeeks: e.plan.durationWeeks,
      reExamDate: e.plan.reExamDate,
    }));
  },

  async preview(deps: ServiceDeps, ctx: RequestContext, request: SeriesRequest): Promise<SeriesPreview> {
    const { rule, planned } = await plan(deps.db, deps, ctx, request);
    await deps.audit.record(auditOf(ctx, 'read', 'appointment_series', [], request.patientId));
    return { rule, occurrences: planned.map((p) => p.occurrence) };
  },

  /**
   * Books the whole series in one transaction, or nothing: an appointment that clashes is a 409
   * SLOT_TAKEN naming each (`occurrences.N`), one already past a 400. Hours are the practitioner's
   * to bend, so a time outside them is booked (the preview shows it).
   */
  async book(deps: ServiceDeps, ctx: RequestContext, request: SeriesRequest): Promise<BookedSeries> {
    return bookingTransaction(deps.db, async (trx) => {
      const { rule, planned } = await plan(trx, deps, ctx, request);
      const past = planned.flatMap((p, i) =>
        p.occurrence.problems.includes('in_the_past')
          ? [{ path: `occurrences.${i}`, message: `starts in the past (${p.occurrence.startAt})` }]
          : [],
      );
      if (past.length > 0) throw validationFailed(past);
      const taken = planned.flatMap((p, i) =>
        p.occurrence.problems.includes('slot_taken')
          ? p.clashes.length > 0
            ? p.clashes.map((c) => clashDetail(`occurrences.${i}`, c))
            : [{ path: `occurrences.${i}`, message: 'overlaps another appointment of this series' }]
          : [],
      );
      if (taken.length > 0) throw new AppError('SLOT_TAKEN', { details: taken });

      const seriesId = deps.newId();
      const at = deps.clock().toISOString();
      await appointmentRepository.insertSeries(trx, ctx.clinicId, {
        id: seriesId,
        patientId: request.patientId,
        episodeId: request.episodeId,
        rule,
        at,
        actorId: ctx.userId,
      });
      const appointments: Appointment[] = [];
      for (const p of planned) {
        const appointment: Appointment = {
          id: deps.newId(),
          patientId: request.patientId,
          practitionerId: request.practitionerId,
          roomId: request.roomId,
          typeId: p.type.id,
          episodeId: request.episodeId,
          seriesId,
          visitId: null,
          startAt: p.occurrence.startAt,
          endAt: p.occurrence.endAt,
          status: 'booked',
          cancelReason: null,
          note: '',
          arrivedAt: null,
          createdAt: at,
          updatedAt: at,
          version: 1,
        };
        await appointmentRepository.insert(
          trx,
          ctx.clinicId,
          appointment,
          takesSlot('booked', p.type.allowDoubleBooking),
          ctx.userId,
        );
        appointments.push(appointment);
      }
      await deps.audit.within(
        trx,
        auditOf(
          ctx,
          'create',
          'appointment',
          [seriesId, ...appointments.map((a) => a.id)],
          request.patientId,
        ),
      );
      return { seriesId, rule, appointments };
    });
  },
};
