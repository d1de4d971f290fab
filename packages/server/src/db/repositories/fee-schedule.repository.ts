import type { FeeEntry, FeeSchedule } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';

/** A clinic's fee schedule: one row per clinic, the entries as JSON. */
export const feeScheduleRepository = {
  async find(db: Kysely<Database>, clinicId: string): Promise<FeeSchedule | undefined> {
    const row = await db
      .selectFrom('fee_schedule')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { currency: row.currency, entries: fromJson<FeeEntry[]>(row.entries), version: row.version };
  },

  async insert(
    db: Kysely<Database>,
    clinicId: string,
    schedule: FeeSchedule,
    at: string,
    actorId: string,
  ): Promise<void> {
    await db
      .insertInto('fee_schedule')
      .values({
        clinic_id: clinicId,
        currency: schedule.currency,
        entries: toJson(schedule.entries),
        updated_at: at,
        updated_by: actorId,
        version: schedule.version,
      })
      .execute();
  },

  /** Writes only when the stored version is `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    schedule: FeeSchedule,
    expectedVersion: number,
    at: string,
    actorId: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('fee_schedule')
      .set({
        currency: schedule.currency,
        entries: toJson(schedule.entries),
        updated_at: at,
        updated_by: actorId,
        version: schedule.version,
      })
      .where('clinic_id', '=', clinicId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
