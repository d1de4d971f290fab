import {
  AppointmentEntrySchema,
  AppointmentSchema,
  AppointmentStatusChangeSchema,
  AppointmentsQuerySchema,
  BookedSeriesSchema,
  BookingEpisodeSchema,
  CreateAppointmentSchema,
  DayListQuerySchema,
  DayListSchema,
  IdParamsSchema,
  SeriesPreviewSchema,
  SeriesRequestSchema,
  StartedVisitSchema,
  UpdateAppointmentSchema,
  VisitAppointmentSchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { appointmentSeriesService } from '../../services/appointment-series.service';
import { appointmentService } from '../../services/appointment.service';
import { dayListService } from '../../services/day-list.service';
import type { ServiceDeps } from '../../services/service-deps';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** The appointment book, care-plan series and the day list. */
export function appointmentRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const appointmentOwned = ownedBy(deps.db, 'appointment');
  const patientOwned = ownedBy(deps.db, 'patient');

  defineRoute(app, {
    method: 'GET',
    url: '/api/day-list',
    permission: 'demographicsRead',
    schema: {
      summary: "One clinic day's appointments, each with where it stands and what is due",
      query: DayListQuerySchema,
      response: DayListSchema,
    },
    handler: (request, _reply, { query }) => dayListService.get(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/appointments',
    permission: 'demographicsRead',
    schema: {
      summary: 'The appointment book: appointments starting on the clinic dates from–to (at most six weeks)',
      query: AppointmentsQuerySchema,
      response: z.array(AppointmentEntrySchema),
    },
    handler: (request, _reply, { query }) => appointmentService.list(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointments',
    permission: 'demographicsWrite',
    schema: {
      summary: 'Book an appointment (409 SLOT_TAKEN when its time is taken)',
      body: CreateAppointmentSchema,
      response: AppointmentSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) => appointmentService.create(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/appointments/:id',
    permission: 'demographicsRead',
    ownedBy: appointmentOwned,
    schema: { summary: 'One appointment', params: IdParamsSchema, response: AppointmentEntrySchema },
    handler: (request, _reply, { params }) => appointmentService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/appointments/:id',
    permission: 'demographicsWrite',
    ownedBy: appointmentOwned,
    schema: {
      summary: 'Move, resize or change an appointment (send the version you read)',
      params: IdParamsSchema,
      body: UpdateAppointmentSchema,
      response: AppointmentSchema,
    },
    handler: (request, _reply, { params, body }) =>
      appointmentService.update(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointments/:id/status',
    permission: 'demographicsWrite',
    ownedBy: appointmentOwned,
    schema: {
      summary: 'Mark arrival, in the room, a no-show, a cancellation (with its reason), or booked again',
      params: IdParamsSchema,
      body: AppointmentStatusChangeSchema,
      response: AppointmentSchema,
    },
    handler: (request, _reply, { params, body }) =>
      appointmentService.changeStatus(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointments/:id/visit',
    permission: 'clinicalWrite',
    ownedBy: appointmentOwned,
    schema: {
      summary: "Open the appointment's visit: the one started, or a new draft attached to it",
      params: IdParamsSchema,
      response: StartedVisitSchema,
    },
    handler: (request, _reply, { params }) =>
      appointmentService.startVisit(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/booking-episodes',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's episodes as the front desk books a series from them: dates and care plan only",
      params: IdParamsSchema,
      response: z.array(BookingEpisodeSchema),
    },
    handler: (request, _reply, { params }) =>
      appointmentSeriesService.bookingEpisodes(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/appointment',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'visit'),
    schema: {
      summary: 'The appointment the visit was started from, or null',
      params: IdParamsSchema,
      response: VisitAppointmentSchema,
    },
    handler: (request, _reply, { params }) =>
      appointmentService.forVisit(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointment-series/preview',
    permission: 'demographicsWrite',
    schema: {
      summary:
        'What booking a care-plan series would give, each appointment with its problems and what is due',
      body: SeriesRequestSchema,
      response: SeriesPreviewSchema,
    },
    handler: (request, _reply, { body }) => appointmentSeriesService.preview(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/appointment-series',
    permission: 'demographicsWrite',
    schema: {
      summary: 'Book a care-plan series in one go (409 SLOT_TAKEN naming each clash, and nothing booked)',
      body: SeriesRequestSchema,
      response: BookedSeriesSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) => appointmentSeriesService.book(deps, contextOf(request), body),
  });
}
