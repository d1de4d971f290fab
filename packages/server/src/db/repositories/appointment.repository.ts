import {
  maxAppointmentMinutes,
  releasedStatuses,
  type Appointment,
  type AppointmentStatus,
} from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AppointmentTable, Database } from '../database';

type Row = Selectable<AppointmentTable>;

/** Whole minutes since the Unix epoch, the unit the table keeps times in. */
export const epochMinute = (instant: string): number => Math.floor(Date.parse(instant) / 60_000);
export const instantOfMinute = (minute: number): string => new Date(minute * 60_000).toISOString();

function toAppointment(r: Row): Appointment {
  return {
    id: r.id,
    patientId: r.patient_id,
    practitionerId: r.practitioner_id,
    roomId: r.room_id,
    typeId: r.type_id,
    episodeId: r.episode_id,
    seriesId: r.series_id,
    visitId: r.visit_id,
    startAt: instantOfMinute(r.start_minute),
    endAt: instantOfMinute(r.end_minute),
    status: r.status as AppointmentStatus,
    cancelReason: r.cancel_reason,
    note: r.note,
    arrivedAt: r.arrived_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/**
 * Whether an appointment holds its slot: booked, arrived or in the room (not released), of a type
 * that does not allow double booking. Kept as a column so PostgreSQL's exclusion constraints and
 * SQLite's check read the same rule.
 */
export const takesSlot = (status: AppointmentStatus, allowDoubleBooking: boolean): boolean =>
  !allowDoubleBooking && !releasedStatuses.includes(status);

function toRow(clinicId: string, a: Appointment, holdsSlot: boolean, actorId: string): Row {
  return {
    id: a.id,
    clinic_id: clinicId,
    patient_id: a.patientId,
    practitioner_id: a.practitionerId,
    room_id: a.roomId,
    type_id: a.typeId,
    episode_id: a.episodeId,
    series_id: a.seriesId,
    visit_id: a.visitId,
    start_minute: epochMinute(a.startAt),
    end_minute: epochMinute(a.endAt),
    takes_slot: holdsSlot ? 1 : 0,
    status: a.status,
    cancel_reason: a.cancelReason,
    note: a.note,
    arrived_at: a.arrivedAt,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    updated_by: actorId,
    version: a.version,
  };
}

/** Where to look for a clash: a practitioner's and a room's time, leaving one appointment out. */
export interface SlotQuery {
  readonly practitionerId: string;
  readonly roomId: string | null;
  readonly startAt: string;
  readonly endAt: string;
  /** The appointment being moved, which cannot clash with itself. */
  readonly exceptId?: string;
}

/** A range of the book: start minutes from `from` (included) to `to` (excluded). */
export interface BookRange {
  readonly from: number;
  readonly to: number;
  readonly practitionerId?: string;
  readonly roomId?: string;
  readonly patientId?: string;
}

export const appointmentRepository = {
  async insert(
    db: Kysely<Database>,
    clinicId: string,
    a: Appointment,
    holdsSlot: boolean,
    actorId: string,
  ): Promise<void> {
    await db
      .insertInto('appointment')
      .values(toRow(clinicId, a, holdsSlot, actorId))
      .execute();
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<Appointment | undefined> {
    const row = await db
      .selectFrom('appointment')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toAppointment(row);
  },

  /** The appointment a visit was started from, if any. */
  async findByVisit(
    db: Kysely<Database>,
    clinicId: string,
    visitId: string,
  ): Promise<Appointment | undefined> {
    const row = await db
      .selectFrom('appointment')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('visit_id', '=', visitId)
      .executeTakeFirst();
    return row === undefined ? undefined : toAppointment(row);
  },

  /** Writes only where the stored version is `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    next: Appointment,
    holdsSlot: boolean,
    expectedVersion: number,
    actorId: string,
  ): Promise<boolean> {
    const {
      id: _id,
      clinic_id: _c,
      patient_id: _p,
      created_at: _t,
      ...values
    } = toRow(clinicId, next, holdsSlot, actorId);
    const result = await db
      .updateTable('appointment')
      .set(values)
      .where('clinic_id', '=', clinicId)
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /** Appointments starting in the range, in start order. */
  async listRange(db: Kysely<Database>, clinicId: string, range: BookRange): Promise<Appointment[]> {
    const rows = await db
      .selectFrom('appointment')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('start_minute', '>=', range.from)
      .where('start_minute', '<', range.to)
      .$if(range.practitionerId !== undefined, (q) => q.where('practitioner_id', '=', range.practitionerId!))
      .$if(range.roomId !== undefined, (q) => q.where('room_id', '=', range.roomId!))
      .$if(range.patientId !== undefined, (q) => q.where('patient_id', '=', range.patientId!))
      .orderBy('start_minute')
      .orderBy('id')
      .execute();
    return rows.map(toAppointment);
  },

  /**
   * Appointments holding their slot that overlap `slot` for its practitioner or its room. Two
   * half-open spans [a, b) and [c, d) overlap when a < d and c < b, so back-to-back bookings never
   * clash. No appointment is longer than `maxAppointmentMinutes`, which bounds the index range read.
   */
  async clashes(db: Kysely<Database>, clinicId: string, slot: SlotQuery): Promise<Appointment[]> {
    const start = epochMinute(slot.startAt);
    const rows = await db
      .selectFrom('appointment')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('takes_slot', '=', 1)
      .where('start_minute', '>', start - maxAppointmentMinutes)
      .where('start_minute', '<', epochMinute(slot.endAt))
      .where('end_minute', '>', start)
      .where((eb) =>
        slot.roomId === null
          ? eb('practitioner_id', '=', slot.practitionerId)
          : eb.or([eb('practitioner_id', '=', slot.practitionerId), eb('room_id', '=', slot.roomId)]),
      )
      .$if(slot.exceptId !== undefined, (q) => q.where('id', '!=', slot.exceptId!))
      .orderBy('start_minute')
      .execute();
    return rows.map(toAppointment);
  },

  async insertSeries(
    db: Kysely<Database>,
    clinicId: string,
    series: {
      id: string;
      patientId: string;
      episodeId: string | null;
      rule: string;
      at: string;
      actorId: string;
    },
  ): Promise<void> {
    await db
      .insertInto('appointment_series')
      .values({
        id: series.id,
        clinic_id: clinicId,
        patient_id: series.patientId,
        episode_id: series.episodeId,
        rule: series.rule,
        created_at: series.at,
        created_by: series.actorId,
      })
      .execute();
  },
};
