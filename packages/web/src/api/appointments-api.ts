import {
  AppointmentEntrySchema,
  AppointmentSchema,
  AppointmentTypeSchema,
  BookedSeriesSchema,
  BookingEpisodeSchema,
  DayListSchema,
  RoomSchema,
  ScheduleSettingsSchema,
  SeriesPreviewSchema,
  StartedVisitSchema,
  WorkingHoursSchema,
  type Appointment,
  type AppointmentEntry,
  type AppointmentStatusChange,
  type AppointmentType,
  type AppointmentsQuery,
  type BookedSeries,
  type BookingEpisode,
  type CreateAppointmentInput,
  type CreateAppointmentType,
  type CreateRoom,
  type DayList,
  type DayListQuery,
  type PutWorkingHours,
  type Room,
  type ScheduleSettings,
  type SeriesPreview,
  type SeriesRequestInput,
  type StartedVisit,
  type UpdateAppointment,
  type UpdateAppointmentType,
  type UpdateRoom,
  type WorkingHours,
} from '@sotchart/contract';
import { request } from './http-client';

const EntryListSchema = AppointmentEntrySchema.array();

/** Query text of the defined fields only. */
const queryOf = (fields: Readonly<Record<string, string | undefined>>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/** The appointment book, care-plan series, the day list and their settings; answers checked against the contract. */
export const appointmentsApi = {
  settings: (): Promise<ScheduleSettings> =>
    request('GET', '/api/schedule-settings', {}, ScheduleSettingsSchema),
  /** Appointments starting on the clinic dates `from` to `to` (at most six weeks). */
  list: (query: AppointmentsQuery): Promise<AppointmentEntry[]> =>
    request('GET', `/api/appointments${queryOf({ ...query })}`, {}, EntryListSchema),
  get: (id: string): Promise<AppointmentEntry> =>
    request('GET', `/api/appointments/${id}`, {}, AppointmentEntrySchema),
  /** 409 SLOT_TAKEN when the time is taken for the practitioner or the room. */
  create: (body: CreateAppointmentInput): Promise<Appointment> =>
    request('POST', '/api/appointments', { body }, AppointmentSchema),
  /** A move, a resize or a change of details; a stale `version` is VERSION_CONFLICT with `current`. */
  update: (id: string, body: UpdateAppointment): Promise<Appointment> =>
    request('PATCH', `/api/appointments/${id}`, { body }, AppointmentSchema),
  changeStatus: (id: string, body: AppointmentStatusChange): Promise<Appointment> =>
    request('POST', `/api/appointments/${id}/status`, { body }, AppointmentSchema),
  /** Opens the appointment's visit, starting a draft if none is started yet. */
  startVisit: (id: string): Promise<StartedVisit> =>
    request('POST', `/api/appointments/${id}/visit`, {}, StartedVisitSchema),
  /** The patient's episodes with their care plans (no clinical content), to book a series from. */
  bookingEpisodes: (patientId: string): Promise<BookingEpisode[]> =>
    request('GET', `/api/patients/${patientId}/booking-episodes`, {}, BookingEpisodeSchema.array()),
  previewSeries: (body: SeriesRequestInput): Promise<SeriesPreview> =>
    request('POST', '/api/appointment-series/preview', { body }, SeriesPreviewSchema),
  /** All or nothing: 409 SLOT_TAKEN names each clashing occurrence (`occurrences.N`). */
  bookSeries: (body: SeriesRequestInput): Promise<BookedSeries> =>
    request('POST', '/api/appointment-series', { body }, BookedSeriesSchema),
  dayList: (query: DayListQuery): Promise<DayList> =>
    request('GET', `/api/day-list${queryOf({ ...query })}`, {}, DayListSchema),
  createType: (body: CreateAppointmentType): Promise<AppointmentType> =>
    request('POST', '/api/appointment-types', { body }, AppointmentTypeSchema),
  updateType: (id: string, body: UpdateAppointmentType): Promise<AppointmentType> =>
    request('PATCH', `/api/appointment-types/${id}`, { body }, AppointmentTypeSchema),
  createRoom: (body: CreateRoom): Promise<Room> => request('POST', '/api/rooms', { body }, RoomSchema),
  updateRoom: (id: string, body: UpdateRoom): Promise<Room> =>
    request('PATCH', `/api/rooms/${id}`, { body }, RoomSchema),
  putHours: (practitionerId: string, body: PutWorkingHours): Promise<WorkingHours> =>
    request('PUT', `/api/practitioners/${practitionerId}/working-hours`, { body }, WorkingHoursSchema),
};
