import { z } from 'zod';
import { IdSchema, VersionSchema, requiredText } from './common';

/**
 * What an appointment is for; it decides the type of the visit started from it (new patient,
 * follow-up, re-examination) and which appointments count as the re-exam on the day list.
 */
export const AppointmentKindSchema = z.enum(['new_patient', 'follow_up', 're_exam', 'other']);
export type AppointmentKind = z.infer<typeof AppointmentKindSchema>;

/** A wall-clock time of day in the clinic's zone, HH:MM (24-hour). */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time as HH:MM (24-hour)');
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/** Minutes after midnight of an HH:MM time. */
export const minutesOfDay = (time: TimeOfDay): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** HH:MM of minutes after midnight (0–1439). */
export const timeOfDay = (minutes: number): TimeOfDay =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const appointmentTypeFields = {
  name: requiredText(80),
  kind: AppointmentKindSchema,
  /** The length a new appointment of this type gets unless another end is given. */
  minutes: z.number().int().min(5).max(480),
  /**
   * An appointment of this type may be booked over others (a short re-check squeezed in); it never
   * takes the slot, so it never stops another booking either.
   */
  allowDoubleBooking: z.boolean(),
  active: z.boolean(),
};

export const CreateAppointmentTypeSchema = z.object({
  ...appointmentTypeFields,
  allowDoubleBooking: appointmentTypeFields.allowDoubleBooking.default(false),
  active: appointmentTypeFields.active.default(true),
});
export type CreateAppointmentType = z.infer<typeof CreateAppointmentTypeSchema>;
export const UpdateAppointmentTypeSchema = z
  .object(appointmentTypeFields)
  .partial()
  .extend({ version: VersionSchema });
export type UpdateAppointmentType = z.infer<typeof UpdateAppointmentTypeSchema>;
export const AppointmentTypeSchema = z.object({
  id: IdSchema,
  ...appointmentTypeFields,
  version: z.number().int(),
});
export type AppointmentType = z.infer<typeof AppointmentTypeSchema>;

/** A room or treatment table: two appointments that take their slot never share one at once. */
const roomFields = { name: requiredText(80), active: z.boolean() };
export const CreateRoomSchema = z.object({ name: roomFields.name, active: roomFields.active.default(true) });
export type CreateRoom = z.infer<typeof CreateRoomSchema>;
export const UpdateRoomSchema = z.object(roomFields).partial().extend({ version: VersionSchema });
export type UpdateRoom = z.infer<typeof UpdateRoomSchema>;
export const RoomSchema = z.object({ id: IdSchema, ...roomFields, version: z.number().int() });
export type Room = z.infer<typeof RoomSchema>;

const PeriodSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((p) => p.start < p.end, { message: 'must end after it starts', path: ['end'] });

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** One working day of a practitioner's week: hours, and the breaks inside them. */
export const WorkingDaySchema = z
  .object({
    weekday: WeekdaySchema,
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
    breaks: z.array(PeriodSchema).max(6).default([]),
  })
  .refine((d) => d.start < d.end, { message: 'must end after it starts', path: ['end'] })
  .refine((d) => d.breaks.every((b) => b.start >= d.start && b.end <= d.end), {
    message: 'must lie inside the working hours',
    path: ['breaks'],
  });
export type WorkingDay = z.infer<typeof WorkingDaySchema>;

const WeekSchema = z
  .array(WorkingDaySchema)
  .max(7)
  .refine((days) => new Set(days.map((d) => d.weekday)).size === days.length, 'must name each weekday once');

/** A practitioner's working week; a weekday not listed is a day off. */
export const WorkingHoursSchema = z.object({
  practitionerId: IdSchema,
  days: WeekSchema,
  version: z.number().int(),
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;
export const PutWorkingHoursSchema = z.object({
  days: WeekSchema,
  /** The version read; 0 when the practitioner has no hours yet. */
  version: z.number().int().min(0),
});
export type PutWorkingHours = z.infer<typeof PutWorkingHoursSchema>;

/** A practitioner as the appointment book shows a column. */
export const SchedulePractitionerSchema = z.object({
  id: IdSchema,
  name: z.string(),
  hours: WorkingHoursSchema,
});
export type SchedulePractitioner = z.infer<typeof SchedulePractitionerSchema>;

/** `GET /api/schedule-settings`: everything the appointment book needs to draw its columns. */
export const ScheduleSettingsSchema = z.object({
  timeZone: z.string(),
  appointmentTypes: z.array(AppointmentTypeSchema),
  rooms: z.array(RoomSchema),
  practitioners: z.array(SchedulePractitionerSchema),
});
export type ScheduleSettings = z.infer<typeof ScheduleSettingsSchema>;
