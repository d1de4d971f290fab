import {
  maxAppointmentMinutes,
  type Appointment,
  type AppointmentEntry,
  type AppointmentKind,
  type AppointmentStatusChange,
  type AppointmentType,
  type AppointmentsQuery,
  type CreateAppointment,
  type StartedVisit,
  type UpdateAppointment,
  type VisitAppointment,
  type VisitType,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { appointmentRepository, takesSlot } from '../db/repositories/appointment.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { AppError, notFound, validationFailed, type ErrorDetail } from '../errors';
import { dateInZone } from './clinic-date';
import { clinicTimeZone } from './clinic.service';
import { ownershipService } from './ownership.service';
import { patched, saveVersioned } from './save-versioned';
import { appointmentEntries } from './schedule/appointment-entries';
import { assertSlotFree, bookingTransaction } from './schedule/booking';
import { loadBookablePractitioner } from './schedule-settings.service';
import { auditOf, type ServiceDeps } from './service-deps';
import { dayRange } from './schedule/day-range';
import { assertEpisodeOfPatient, createVisitIn } from './visit.service';

/** The visit type a visit started from an appointment gets. */
const visitTypeOf: Readonly<Record<AppointmentKind, VisitType>> = {
  new_patient: 'new_patient',
  follow_up: 'follow_up',
  re_exam: 're_exam',
  other: 'follow_up',
};

/** Every id an appointment names must be the clinic's: a 400 naming the field otherwise. */
async function checkReferences(
  trx: Kysely<Database>,
  ctx: RequestContext,
  a: Appointment,
  changed: ReadonlySet<keyof Appointment>,
): Promise<AppointmentType> {
  const problems: ErrorDetail[] = [];
  const type = await scheduleSettingsRepository.findType(trx, ctx.clinicId, a.typeId);
  if (type === undefined || (changed.has('typeId') && !type.active))
    problems.push({ path: 'typeId', message: 'is not one of the clinic’s appointment types' });
  if (changed.has('practitionerId'))
    await loadBookablePractitioner(trx, ctx.clinicId, a.practitionerId).catch(() =>
      problems.push({ path: 'practitionerId', message: 'is not a practitioner of this clinic' }),
    );
  if (changed.has('roomId') && a.roomId !== null) {
    const room = await scheduleSettingsRepository.findRoom(trx, ctx.clinicId, a.roomId);
    if (room === undefined || !room.active)
      problems.push({ path: 'roomId', message: 'is not one of the clinic’s rooms' });
  }
  if (changed.has('episodeId'))
    await assertEpisodeOfPatient(trx, ctx, a.episodeId, a.patientId).catch(() =>
      problems.push({ path: 'episodeId', message: 'is not one of this patient’s episodes' }),
    );
  // Without a type the end may have been derived from nothing; the type's own error says enough.
  const minutes = type === undefined ? 1 : (Date.parse(a.endAt) - Date.parse(a.startAt)) / 60_000;
  if (minutes <= 0) problems.push({ path: 'endAt', message: 'must be after the start' });
  else if (minutes > maxAppointmentMinutes)
    problems.push({ path: 'endAt', message: `must be within ${maxAppointmentMinutes} minutes of the start` });
  if (problems.length > 0 || type === undefined) throw validationFailed(problems);
  return type;
}

async function loadAppointment(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<Appointment> {
  const appointment = await appointmentRepository.findById(db, ctx.clinicId, id);
  if (appointment === undefined) throw notFound();
  return appointment;
}

/**
 * One versioned change of an appointment, checked and audited in one booking transaction: the
 * references it names, then its slot if it holds one.
 */
async function saveAppointment(
  deps: ServiceDeps,
  ctx: RequestContext,
  id: string,
  expected: number,
  change: (stored: Appointment) => Appointment | null,
): Promise<Appointment> {
  return bookingTransaction(deps.db, async (trx) => {
    const current = await loadAppointment(trx, ctx, id);
    await deps.audit.within(trx, auditOf(ctx, 'update', 'appointment', [id], current.patientId));
    let holdsSlot = false;
    return saveVersioned({
      current,
      expected,
      change: async (stored) => {
        const next = change(stored);
        if (next === null) return null;
        const changed = new Set(
          (Object.keys(next) as (keyof Appointment)[]).filter((k) => next[k] !== stored[k]),
        );
        const type = await checkReferences(trx, ctx, next, changed);
        await assertSlotFree(trx, ctx.clinicId, next, type);
        holdsSlot = takesSlot(next.status, type.allowDoubleBooking);
        return { ...next, updatedAt: deps.clock().toISOString() };
      },
      write: (next, version) =>
        appointmentRepository.update(trx, ctx.clinicId, next, holdsSlot, version, ctx.userId),
      reload: () => appointmentRepository.findById(trx, ctx.clinicId, id),
    });
  });
}

export const appointmentService = {
  async create(deps: ServiceDeps, ctx: RequestContext, input: CreateAppointment): Promise<Appointment> {
    return bookingTransaction(deps.db, async (trx) => {
      if ((await patientRepository.findById(trx, ctx.clinicId, input.patientId)) === undefined)
        throw validationFailed([{ path: 'patientId', message: 'is not a patient of this clinic' }]);
      const type = await scheduleSettingsRepository.findType(trx, ctx.clinicId, input.typeId);
      const now = deps.clock().toISOString();
      const startMs = Date.parse(input.startAt);
      const appointment: Appointment = {
        id: deps.newId(),
        patientId: input.patientId,
        practitionerId: input.practitionerId,
        roomId: input.roomId,
        typeId: input.typeId,
        episodeId: input.episodeId,
        seriesId: null,
        visitId: null,
        startAt: new Date(startMs).toISOString(),
        endAt: new Date(
          input.endAt === undefined ? startMs + (type?.minutes ?? 0) * 60_000 : Date.parse(input.endAt),
        ).toISOString(),
        status: 'booked',
        cancelReason: null,
        note: input.note,
        arrivedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      const checked = await checkReferences(
        trx,
        ctx,
        appointment,
        new Set(['typeId', 'practitionerId', 'roomId', 'episodeId']),
      );
      await assertSlotFree(trx, ctx.clinicId, appointment, checked);
      await appointmentRepository.insert(
        trx,
        ctx.clinicId,
        appointment,
        takesSlot(appointment.status, checked.allowDoubleBooking),
        ctx.userId,
      );
      await deps.audit.within(trx, auditOf(ctx, 'create', 'appointment', [appointment.id], input.patientId));
      return appointment;
    });
  },

  /** A move (start, practitioner, room), a resize (end) or a change of details. */
  async update(
    deps: ServiceDeps,
    ctx: RequestContext,
    id: string,
    patch: UpdateAppointment,
  ): Promise<Appointment> {
    return saveAppointment(deps, ctx, id, patch.version, (stored) => {
      const next = patched(stored, {
        ...patch,
        startAt: patch.startAt === undefined ? undefined : new Date(patch.startAt).toISOString(),
        endAt: patch.endAt === undefined ? undefined : new Date(patch.endAt).toISOString(),
      });
      return next;
    });
  },

  /** Arrived, in the room, a no-show, cancelled with its reason, or booked again. */
  async changeStatus(
    deps: ServiceDeps,
    ctx: RequestContext,
    id: string,
    change: AppointmentStatusChange,
  ): Promise<Appointment> {
    return saveAppointment(deps, ctx, id, change.version, (stored) => {
      if (
        stored.status === change.status &&
        (change.status !== 'cancelled' || stored.cancelReason === change.reason)
      )
        return null;
      if (stored.visitId !== null && (change.status === 'cancelled' || change.status === 'no_show'))
        throw validationFailed([
          { path: 'status', message: 'cannot be set: a visit has been started from this appointment' },
        ]);
      return {
        ...stored,
        status: change.status,
        cancelReason: change.status === 'cancelled' ? change.reason : null,
        arrivedAt:
          change.status === 'arrived' || change.status === 'in_room'
            ? (stored.arrivedAt ?? deps.clock().toISOString())
            : change.status === 'booked'
              ? null
              : stored.arrivedAt,
      };
    });
  },

  async get(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<AppointmentEntry> {
    const appointment = await loadAppointment(deps.db, ctx, id);
    const timeZone = await clinicTimeZone(deps.db, ctx.clinicId);
    const [entry] = await appointmentEntries(deps.db, ctx.clinicId, timeZone, [appointment]);
    await deps.audit.record(auditOf(ctx, 'read', 'appointment', [id], appointment.patientId));
    return entry!;
  },

  /** The appointment a visit was started from, for the charting header; null when it was not. */
  async forVisit(deps: ServiceDeps, ctx: RequestContext, visitId: string): Promise<VisitAppointment> {
    if (!(await ownershipService.owns(deps.db, ctx.clinicId, 'visit', visitId))) throw notFound();
    const appointment = await appointmentRepository.findByVisit(deps.db, ctx.clinicId, visitId);
    if (appointment === undefined) return { appointment: null };
    const timeZone = await clinicTimeZone(deps.db, ctx.clinicId);
    const [entry] = await appointmentEntries(deps.db, ctx.clinicId, timeZone, [appointment]);
    await deps.audit.record(auditOf(ctx, 'read', 'appointment', [appointment.id], appointment.patientId));
    return { appointment: entry ?? null };
  },

  /** The book: appointments starting on the clinic dates `from` to `to`, with names and what is due. */
  async list(deps: ServiceDeps, ctx: RequestContext, query: AppointmentsQuery): Promise<AppointmentEntry[]> {
    const timeZone = await clinicTimeZone(deps.db, ctx.clinicId);
    const from = query.from ?? dateInZone(deps.clock(), timeZone);
    const appointments = await appointmentRepository.listRange(deps.db, ctx.clinicId, {
      ...dayRange(from, query.to ?? from, timeZone),
      practitionerId: query.practitionerId,
      roomId: query.roomId,
      patientId: query.patientId,
    });
    const entries = await appointmentEntries(deps.db, ctx.clinicId, timeZone, appointments);
    await deps.audit.record(
      auditOf(
        ctx,
        'read',
        'appointment',
        appointments.map((a) => a.id),
        query.patientId ?? null,
      ),
    );
    return entries;
  },

  /**
   * Opens the appointment's visit: the one already started, or a new draft of the appointment's
   * type, in its episode (or the patient's open one), attached to the appointment, which moves to
   * "in room" — all in one transaction.
   */
  async startVisit(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<StartedVisit> {
    return bookingTransaction(deps.db, async (trx) => {
      const current = await loadAppointment(trx, ctx, id);
      if (current.visitId !== null) return { appointment: current, visitId: current.visitId, created: false };
      if (current.status === 'cancelled' || current.status === 'no_show')
        throw validationFailed([{ path: 'status', message: `is ${current.status}: book it again first` }]);
      const type = await scheduleSettingsRepository.findType(trx, ctx.clinicId, current.typeId);
      const episodeId =
        current.episodeId ??
        (await episodeRepository.listByPatient(trx, ctx.clinicId, current.patientId)).find(
          (e) => e.endDate === null,
        )?.id ??
        null;
      const now = deps.clock().toISOString();
      const visit = await createVisitIn(trx, deps, ctx, current.patientId, {
        episodeId,
        visitAt: now,
        type: visitTypeOf[type?.kind ?? 'other'],
        chiefComplaint: '',
      });
      const next: Appointment = {
        ...current,
        episodeId,
        visitId: visit.id,
        status: 'in_room',
        arrivedAt: current.arrivedAt ?? now,
        updatedAt: now,
        version: current.version + 1,
      };
      const written = await appointmentRepository.update(
        trx,
        ctx.clinicId,
        next,
        takesSlot(next.status, type?.allowDoubleBooking ?? false),
        current.version,
        ctx.userId,
      );
      // PostgreSQL: another request started the visit between our read and this write.
      if (!written)
        throw new AppError('VERSION_CONFLICT', {
          current: await appointmentRepository.findById(trx, ctx.clinicId, id),
        });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'appointment', [id], current.patientId));
      return { appointment: next, visitId: visit.id, created: true };
    });
  },
};
