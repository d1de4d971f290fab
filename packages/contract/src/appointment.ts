import { InstrumentIdSchema } from '@sotchart/engine';
import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, VersionSchema, requiredText, shortText } from './common';
import { ConsentTypeSchema } from './consent';
import { AppointmentKindSchema, TimeOfDaySchema, WeekdaySchema } from './schedule-settings';

/**
 * The status staff set: booked, then arrived (front desk or the kiosk check-in), then in the room;
 * or a no-show, or cancelled with a reason. Charted and signed are not set: they are read from the
 * visit started from the appointment (`AppointmentStageSchema`).
 */
export const AppointmentStatusSchema = z.enum(['booked', 'arrived', 'in_room', 'no_show', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/** Where an appointment stands on the day list: its status, or charted / signed once its visit is. */
export const AppointmentStageSchema = z.enum([
  'booked',
  'arrived',
  'in_room',
  'charted',
  'signed',
  'no_show',
  'cancelled',
]);
export type AppointmentStage = z.infer<typeof AppointmentStageSchema>;

/** Statuses that no longer hold their slot: the time is free for another booking. */
export const releasedStatuses: readonly AppointmentStatus[] = ['no_show', 'cancelled'];

/** Appointments are booked to the minute. */
const MinuteInstantSchema = IsoDateTimeSchema.refine(
  (s) => Date.parse(s) % 60_000 === 0,
  'must be on a whole minute',
);

export const AppointmentSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  practitionerId: IdSchema,
  roomId: IdSchema.nullable(),
  typeId: IdSchema,
  /** The episode of care the visit started from it belongs to. */
  episodeId: IdSchema.nullable(),
  /** The care-plan series it was booked in, if any. */
  seriesId: IdSchema.nullable(),
  /** The visit started from it, once started. */
  visitId: IdSchema.nullable(),
  startAt: IsoDateTimeSchema,
  endAt: IsoDateTimeSchema,
  status: AppointmentStatusSchema,
  cancelReason: z.string().nullable(),
  note: z.string(),
  arrivedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type Appointment = z.infer<typeof AppointmentSchema>;

/** The longest one appointment may run (eight hours); it bounds every overlap search. */
export const maxAppointmentMinutes = 480;

const lengthWithinLimit = (a: { startAt?: string | undefined; endAt?: string | undefined }): boolean =>
  a.startAt === undefined ||
  a.endAt === undefined ||
  Date.parse(a.endAt) - Date.parse(a.startAt) <= maxAppointmentMinutes * 60_000;

/** `POST /api/appointments`: the end defaults to the start plus the type's length. */
export const CreateAppointmentSchema = z
  .object({
    patientId: IdSchema,
    practitionerId: IdSchema,
    roomId: IdSchema.nullable().default(null),
    typeId: IdSchema,
    episodeId: IdSchema.nullable().default(null),
    startAt: MinuteInstantSchema,
    endAt: MinuteInstantSchema.optional(),
    note: shortText(500).default(''),
  })
  .refine((a) => a.endAt === undefined || Date.parse(a.endAt) > Date.parse(a.startAt), {
    message: 'must be after the start',
    path: ['endAt'],
  })
  .refine(lengthWithinLimit, {
    message: `must be within ${maxAppointmentMinutes} minutes of the start`,
    path: ['endAt'],
  });
export type CreateAppointment = z.infer<typeof CreateAppointmentSchema>;
export type CreateAppointmentInput = z.input<typeof CreateAppointmentSchema>;

/** `PATCH /api/appointments/:id`: a move (start, practitioner, room), a resize (end), or its details. */
export const UpdateAppointmentSchema = z
  .object({
    practitionerId: IdSchema,
    roomId: IdSchema.nullable(),
    typeId: IdSchema,
    episodeId: IdSchema.nullable(),
    startAt: MinuteInstantSchema,
    endAt: MinuteInstantSchema,
    note: shortText(500),
  })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateAppointment = z.infer<typeof UpdateAppointmentSchema>;

/** `POST /api/appointments/:id/status`: a cancellation needs its reason. */
export const AppointmentStatusChangeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.enum(['booked', 'arrived', 'in_room', 'no_show']), version: VersionSchema }),
  z.object({ status: z.literal('cancelled'), reason: requiredText(300), version: VersionSchema }),
]);
export type AppointmentStatusChange = z.infer<typeof AppointmentStatusChangeSchema>;

/** The longest span one appointment-book query covers (six weeks). */
export const maxBookDays = 42;

/**
 * `GET /api/appointments?from&to`: clinic dates, both included; `from` defaults to today where the
 * clinic is and `to` to `from`.
 */
export const AppointmentsQuerySchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    practitionerId: IdSchema.optional(),
    roomId: IdSchema.optional(),
    patientId: IdSchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be before from',
    path: ['to'],
  })
  .refine(
    (q) =>
      q.from === undefined ||
      q.to === undefined ||
      Date.parse(q.to) - Date.parse(q.from) < maxBookDays * 86_400_000,
    { message: `must be within ${maxBookDays} days of from`, path: ['to'] },
  );
export type AppointmentsQuery = z.infer<typeof AppointmentsQuerySchema>;

/** What is due for the patient at an appointment. */
export const AppointmentDueSchema = z.object({
  /** Questionnaires the clinic's schedule has due (or overdue) on the appointment's day. */
  questionnaires: z.array(InstrumentIdSchema),
  /** The episode's re-examination falls due on or before this day, or this is a re-exam. */
  reExam: z.boolean(),
  /** The patient's last visit before this one is still an unsigned draft. */
  unsignedVisitId: IdSchema.nullable(),
  /** Consents the clinic asks for that the patient has not given (or has withdrawn). */
  consentsMissing: z.array(ConsentTypeSchema),
  /** Of those, the ones the patient has signed on the tablet, waiting for staff to accept. */
  consentsToReview: z.array(ConsentTypeSchema),
});
export type AppointmentDue = z.infer<typeof AppointmentDueSchema>;

/** An appointment as the book and the day list show it: names, where it stands and what is due. */
export const AppointmentEntrySchema = AppointmentSchema.extend({
  patientName: z.string(),
  typeName: z.string(),
  kind: AppointmentKindSchema,
  stage: AppointmentStageSchema,
  due: AppointmentDueSchema,
});
export type AppointmentEntry = z.infer<typeof AppointmentEntrySchema>;

/** `GET /api/day-list?date&practitionerId`: one clinic day, in start order. */
export const DayListQuerySchema = z.object({
  /** The clinic date; today in the clinic's zone when left out. */
  date: IsoDateSchema.optional(),
  practitionerId: IdSchema.optional(),
});
export type DayListQuery = z.infer<typeof DayListQuerySchema>;
export const DayListSchema = z.object({
  date: IsoDateSchema,
  timeZone: z.string(),
  entries: z.array(AppointmentEntrySchema),
});
export type DayList = z.infer<typeof DayListSchema>;

/** `POST /api/appointments/:id/visit`: the visit it opened (started now, or the one already started). */
export const StartedVisitSchema = z.object({
  appointment: AppointmentSchema,
  visitId: IdSchema,
  created: z.boolean(),
});
export type StartedVisit = z.infer<typeof StartedVisitSchema>;

/** `GET /api/visits/:id/appointment`: the appointment the visit was started from, if it was. */
export const VisitAppointmentSchema = z.object({ appointment: AppointmentEntrySchema.nullable() });
export type VisitAppointment = z.infer<typeof VisitAppointmentSchema>;

/**
 * A care-plan series ("2 visits a week for 4 weeks, then re-exam"): weekly on the given weekdays at
 * one time from `firstDate` for `weeks` weeks, each occurrence one appointment; `skip` leaves dates
 * out and `moves` books an occurrence at another date and time (exceptions per occurrence); the
 * re-examination, if any, is booked on its own date.
 */
export const SeriesRequestSchema = z
  .object({
    patientId: IdSchema,
    episodeId: IdSchema,
    practitionerId: IdSchema,
    roomId: IdSchema.nullable().default(null),
    typeId: IdSchema,
    firstDate: IsoDateSchema,
    time: TimeOfDaySchema,
    weekdays: z
      .array(WeekdaySchema)
      .min(1, 'needs at least one weekday')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'must name each weekday once'),
    weeks: z.number().int().min(1).max(52),
    skip: z.array(IsoDateSchema).max(100).default([]),
    moves: z
      .array(z.object({ date: IsoDateSchema, toDate: IsoDateSchema, toTime: TimeOfDaySchema }))
      .max(100)
      .default([]),
    reExam: z
      .object({ date: IsoDateSchema, time: TimeOfDaySchema, typeId: IdSchema })
      .nullable()
      .default(null),
  })
  .refine((s) => s.skip.every((d) => d >= s.firstDate), {
    message: 'must not be before the first date',
    path: ['skip'],
  });
export type SeriesRequest = z.infer<typeof SeriesRequestSchema>;
export type SeriesRequestInput = z.input<typeof SeriesRequestSchema>;

/** Why an occurrence cannot be booked as asked. */
export const OccurrenceProblemSchema = z.enum(['slot_taken', 'outside_hours', 'in_the_past']);
export type OccurrenceProblem = z.infer<typeof OccurrenceProblemSchema>;

/** One appointment the series would book. */
export const SeriesOccurrenceSchema = z.object({
  /** The date the rule gave it (a moved occurrence keeps it, so it can be skipped or moved back). */
  ruleDate: IsoDateSchema.nullable(),
  startAt: IsoDateTimeSchema,
  endAt: IsoDateTimeSchema,
  typeId: IdSchema,
  kind: AppointmentKindSchema,
  problems: z.array(OccurrenceProblemSchema),
  dueQuestionnaires: z.array(InstrumentIdSchema),
});
export type SeriesOccurrence = z.infer<typeof SeriesOccurrenceSchema>;

/** `POST /api/appointment-series/preview`: what booking would give, with the problems of each. */
export const SeriesPreviewSchema = z.object({
  rule: z.string(),
  occurrences: z.array(SeriesOccurrenceSchema),
});
export type SeriesPreview = z.infer<typeof SeriesPreviewSchema>;

/** `POST /api/appointment-series`: all of it booked in one transaction, or none (409 SLOT_TAKEN). */
export const BookedSeriesSchema = z.object({
  seriesId: IdSchema,
  rule: z.string(),
  appointments: z.array(AppointmentSchema),
});
export type BookedSeries = z.infer<typeof BookedSeriesSchema>;

/**
 * An episode as the front desk books from it: its dates and care plan, never its complaint or
 * diagnoses (the front desk may book a series but not read the clinical record).
 * `GET /api/patients/:id/booking-episodes`.
 */
export const BookingEpisodeSchema = z.object({
  id: IdSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.nullable(),
  visitsPerWeek: z.number().nullable(),
  durationWeeks: z.number().int().nullable(),
  reExamDate: IsoDateSchema.nullable(),
});
export type BookingEpisode = z.infer<typeof BookingEpisodeSchema>;

/** A practitioner's private calendar feed: its address is shown once, when made. */
export const CalendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: IsoDateTimeSchema.nullable(),
  /** The feed's address, with its secret: only in the answer that made it. */
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;
