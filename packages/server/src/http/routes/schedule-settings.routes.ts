import {
  AppointmentTypeSchema,
  CreateAppointmentTypeSchema,
  CreateRoomSchema,
  IdParamsSchema,
  PutWorkingHoursSchema,
  RoomSchema,
  ScheduleSettingsSchema,
  UpdateAppointmentTypeSchema,
  UpdateRoomSchema,
  WorkingHoursSchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { scheduleSettingsService } from '../../services/schedule-settings.service';
import type { ServiceDeps } from '../../services/service-deps';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** The appointment book's settings: appointment types, rooms and practitioners' working weeks. */
export function scheduleSettingsRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/schedule-settings',
    permission: 'demographicsRead',
    schema: {
      summary: "The clinic's zone, appointment types, rooms and practitioners with their working weeks",
      response: ScheduleSettingsSchema,
    },
    handler: (request) => scheduleSettingsService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointment-types',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Add an appointment type with its default length',
      body: CreateAppointmentTypeSchema,
      response: AppointmentTypeSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) =>
      scheduleSettingsService.createType(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/appointment-types/:id',
    permission: 'clinicAdmin',
    ownedBy: ownedBy(deps.db, 'appointment_type'),
    schema: {
      summary: 'Rename, re-time or retire an appointment type (send the version you read)',
      params: IdParamsSchema,
      body: UpdateAppointmentTypeSchema,
      response: AppointmentTypeSchema,
    },
    handler: (request, _reply, { params, body }) =>
      scheduleSettingsService.updateType(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/rooms',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Add a room or treatment table',
      body: CreateRoomSchema,
      response: RoomSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) =>
      scheduleSettingsService.createRoom(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/rooms/:id',
    permission: 'clinicAdmin',
    ownedBy: ownedBy(deps.db, 'room'),
    schema: {
      summary: 'Rename or retire a room (send the version you read)',
      params: IdParamsSchema,
      body: UpdateRoomSchema,
      response: RoomSchema,
    },
    handler: (request, _reply, { params, body }) =>
      scheduleSettingsService.updateRoom(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/practitioners/:id/working-hours',
    permission: 'clinicAdmin',
    ownedBy: ownedBy(deps.db, 'user'),
    schema: {
      summary: "Set a practitioner's working week and breaks (send the version you read; 0 for none yet)",
      params: IdParamsSchema,
      body: PutWorkingHoursSchema,
      response: WorkingHoursSchema,
    },
    handler: (request, _reply, { params, body }) =>
      scheduleSettingsService.putHours(deps, contextOf(request), params.id, body),
  });
}
