import {
  isGranted,
  type AppointmentType,
  type CreateAppointmentType,
  type CreateRoom,
  type PutWorkingHours,
  type Room,
  type ScheduleSettings,
  type UpdateAppointmentType,
  type UpdateRoom,
  type User,
  type WorkingHours,
} from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { userRepository } from '../db/repositories/user.repository';
import { notFound } from '../errors';
import { clinicTimeZone } from './clinic.service';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

/** The users the book has a column for: active users whose role charts (owners and practitioners). */
export async function bookablePractitioners(db: Kysely<Database>, clinicId: string): Promise<User[]> {
  const users = await userRepository.listByClinic(db, clinicId);
  return users.filter((u) => u.active && isGranted(u.role, 'clinicalWrite'));
}

/** A practitioner of the caller's clinic who can be booked, or a 404. */
export async function loadBookablePractitioner(
  db: Kysely<Database>,
  clinicId: string,
  id: string,
): Promise<User> {
  const user = await userRepository.findById(db, clinicId, id);
  if (user === undefined || !user.active || !isGranted(user.role, 'clinicalWrite')) throw notFound();
  return user;
}

export const scheduleSettingsService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<ScheduleSettings> {
    const [timeZone, appointmentTypes, rooms, practitioners, hours] = await Promise.all([
      clinicTimeZone(deps.db, ctx.clinicId),
      scheduleSettingsRepository.listTypes(deps.db, ctx.clinicId),
      scheduleSettingsRepository.listRooms(deps.db, ctx.clinicId),
      bookablePractitioners(deps.db, ctx.clinicId),
      scheduleSettingsRepository.listHours(deps.db, ctx.clinicId),
    ]);
    const hoursOf = new Map(hours.map((h) => [h.practitionerId, h]));
    return {
      timeZone,
      appointmentTypes,
      rooms,
      practitioners: practitioners.map((p) => ({
        id: p.id,
        name: p.displayName,
        hours: hoursOf.get(p.id) ?? { practitionerId: p.id, days: [], version: 0 },
      })),
    };
  },

  async createType(
    deps: ServiceDeps,
    ctx: RequestContext,
    input: CreateAppointmentType,
  ): Promise<AppointmentType> {
    const type: AppointmentType = { ...input, id: deps.newId(), version: 1 };
    await deps.db.transaction().execute(async (trx) => {
      await scheduleSettingsRepository.insertType(trx, ctx.clinicId, type);
      await deps.audit.within(trx, auditOf(ctx, 'create', 'appointment_type', [type.id], null));
    });
    return type;
  },

  async updateType(
    deps: ServiceDeps,
    ctx: RequestContext,
    id: string,
    patch: UpdateAppointmentType,
  ): Promise<AppointmentType> {
    return deps.db.transaction().execute(async (trx) => {
      const current = await scheduleSettingsRepository.findType(trx, ctx.clinicId, id);
      if (current === undefined) throw notFound();
      await deps.audit.within(trx, auditOf(ctx, 'update', 'appointment_type', [id], null));
      return saveVersioned({
        current,
        expected: patch.version,
        change: (stored) => patched(stored, patch),
        write: (next, expected) => scheduleSettingsRepository.updateType(trx, ctx.clinicId, next, expected),
        reload: () => scheduleSettingsRepository.findType(trx, ctx.clinicId, id),
      });
    });
  },

  async createRoom(deps: ServiceDeps, ctx: RequestContext, input: CreateRoom): Promise<Room> {
    const room: Room = { ...input, id: deps.newId(), version: 1 };
    await deps.db.transaction().execute(async (trx) => {
      await scheduleSettingsRepository.insertRoom(trx, ctx.clinicId, room);
      await deps.audit.within(trx, auditOf(ctx, 'create', 'room', [room.id], null));
    });
    return room;
  },

  async updateRoom(deps: ServiceDeps, ctx: RequestContext, id: string, patch: UpdateRoom): Promise<Room> {
    return deps.db.transaction().execute(async (trx) => {
      const current = await scheduleSettingsRepository.findRoom(trx, ctx.clinicId, id);
      if (current === undefined) throw notFound();
      await deps.audit.within(trx, auditOf(ctx, 'update', 'room', [id], null));
      return saveVersioned({
        current,
        expected: patch.version,
        change: (stored) => patched(stored, patch),
        write: (next, expected) => scheduleSettingsRepository.updateRoom(trx, ctx.clinicId, next, expected),
        reload: () => scheduleSettingsRepository.findRoom(trx, ctx.clinicId, id),
      });
    });
  },

  async putHours(
    deps: ServiceDeps,
    ctx: RequestContext,
    practitionerId: string,
    input: PutWorkingHours,
  ): Promise<WorkingHours> {
    return deps.db.transaction().execute(async (trx) => {
      await loadBookablePractitioner(trx, ctx.clinicId, practitionerId);
      const current = await scheduleSettingsRepository.findHours(trx, ctx.clinicId, practitionerId);
      await deps.audit.within(trx, auditOf(ctx, 'update', 'working_hours', [practitionerId], null));
      return saveVersioned({
        current,
        expected: input.version,
        change: (stored) => patched(stored, { days: input.days }),
        write: (next, expected) => scheduleSettingsRepository.saveHours(trx, ctx.clinicId, next, expected),
        reload: () => scheduleSettingsRepository.findHours(trx, ctx.clinicId, practitionerId),
      });
    });
  },
};
