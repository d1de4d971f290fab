import type { AppointmentKind, AppointmentType, Room, WorkingDay, WorkingHours } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AppointmentTypeTable, Database, RoomTable } from '../database';
import { fromJson, toJson } from '../json';

const toType = (r: Selectable<AppointmentTypeTable>): AppointmentType => ({
  id: r.id,
  name: r.name,
  kind: r.kind as AppointmentKind,
  minutes: r.minutes,
  allowDoubleBooking: r.allow_double_booking === 1,
  active: r.active === 1,
  version: r.version,
});

const typeRow = (t: AppointmentType) => ({
  name: t.name,
  kind: t.kind,
  minutes: t.minutes,
  allow_double_booking: t.allowDoubleBooking ? 1 : 0,
  active: t.active ? 1 : 0,
  version: t.version,
});

const toRoom = (r: Selectable<RoomTable>): Room => ({
  id: r.id,
  name: r.name,
  active: r.active === 1,
  version: r.version,
});

/** A clinic's appointment types, rooms and practitioners' working weeks. */
export const scheduleSettingsRepository = {
  async listTypes(db: Kysely<Database>, clinicId: string): Promise<AppointmentType[]> {
    const rows = await db
      .selectFrom('appointment_type')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('name')
      .execute();
    return rows.map(toType);
  },

  async findType(db: Kysely<Database>, clinicId: string, id: string): Promise<AppointmentType | undefined> {
    const row = await db
      .selectFrom('appointment_type')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toType(row);
  },

  async insertType(db: Kysely<Database>, clinicId: string, t: AppointmentType): Promise<void> {
    await db
      .insertInto('appointment_type')
      .values({ id: t.id, clinic_id: clinicId, ...typeRow(t) })
      .execute();
  },

  async updateType(
    db: Kysely<Database>,
    clinicId: string,
    t: AppointmentType,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await db
      .updateTable('appointment_type')
      .set(typeRow(t))
      .where('clinic_id', '=', clinicId)
      .where('id', '=', t.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  async listRooms(db: Kysely<Database>, clinicId: string): Promise<Room[]> {
    const rows = await db
      .selectFrom('room')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('name')
      .execute();
    return rows.map(toRoom);
  },

  async findRoom(db: Kysely<Database>, clinicId: string, id: string): Promise<Room | undefined> {
    const row = await db
      .selectFrom('room')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toRoom(row);
  },

  async insertRoom(db: Kysely<Database>, clinicId: string, room: Room): Promise<void> {
    await db
      .insertInto('room')
      .values({
        id: room.id,
        clinic_id: clinicId,
        name: room.name,
        active: room.active ? 1 : 0,
        version: room.version,
      })
      .execute();
  },

  async updateRoom(
    db: Kysely<Database>,
    clinicId: string,
    room: Room,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await db
      .updateTable('room')
      .set({ name: room.name, active: room.active ? 1 : 0, version: room.version })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', room.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /** Every practitioner's working week that has been set. */
  async listHours(db: Kysely<Database>, clinicId: string): Promise<WorkingHours[]> {
    const rows = await db.selectFrom('working_hours').selectAll().where('clinic_id', '=', clinicId).execute();
    return rows.map((r) => ({
      practitionerId: r.practitioner_id,
      days: fromJson<WorkingDay[]>(r.days),
      version: r.version,
    }));
  },

  /** A practitioner's working week; version 0 and no days when none has been set. */
  async findHours(db: Kysely<Database>, clinicId: string, practitionerId: string): Promise<WorkingHours> {
    const row = await db
      .selectFrom('working_hours')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('practitioner_id', '=', practitionerId)
      .executeTakeFirst();
    return row === undefined
      ? { practitionerId, days: [], version: 0 }
      : { practitionerId, days: fromJson<WorkingDay[]>(row.days), version: row.version };
  },

  /** Stores the week where the stored version is `expectedVersion` (0: none stored yet). */
  async saveHours(
    db: Kysely<Database>,
    clinicId: string,
    hours: WorkingHours,
    expectedVersion: number,
  ): Promise<boolean> {
    if (expectedVersion === 0) {
      const result = await db
        .insertInto('working_hours')
        .values({
          clinic_id: clinicId,
          practitioner_id: hours.practitionerId,
          days: toJson(hours.days),
          version: hours.version,
        })
        .onConflict((oc) => oc.columns(['clinic_id', 'practitioner_id']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) === 1n;
    }
    const result = await db
      .updateTable('working_hours')
      .set({ days: toJson(hours.days), version: hours.version })
      .where('clinic_id', '=', clinicId)
      .where('practitioner_id', '=', hours.practitionerId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
