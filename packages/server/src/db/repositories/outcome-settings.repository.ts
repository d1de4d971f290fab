import type { OutcomeSettings } from '@sotchart/contract';
import type { InstrumentId, NprsBandTableId } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';

export const outcomeSettingsRepository = {
  /** The clinic's stored settings; undefined when it still uses the defaults. */
  async find(db: Kysely<Database>, clinicId: string): Promise<OutcomeSettings | undefined> {
    const row = await db
      .selectFrom('outcome_settings')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          mode: row.mode as OutcomeSettings['mode'],
          intervalDays: row.interval_days,
          instruments: fromJson<InstrumentId[]>(row.instruments),
          nprsBands: row.nprs_bands as NprsBandTableId,
          version: row.version,
        };
  },

  async insert(
    db: Kysely<Database>,
    clinicId: string,
    settings: OutcomeSettings,
    at: string,
    actorId: string,
  ): Promise<void> {
    await db
      .insertInto('outcome_settings')
      .values({
        clinic_id: clinicId,
        mode: settings.mode,
        interval_days: settings.intervalDays,
        instruments: toJson(settings.instruments),
        nprs_bands: settings.nprsBands,
        updated_at: at,
        updated_by: actorId,
        version: settings.version,
      })
      .execute();
  },

  /** Updates only when the stored version is `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    settings: OutcomeSettings,
    expectedVersion: number,
    at: string,
    actorId: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('outcome_settings')
      .set({
        mode: settings.mode,
        interval_days: settings.intervalDays,
        instruments: toJson(settings.instruments),
        nprs_bands: settings.nprsBands,
        updated_at: at,
        updated_by: actorId,
        version: settings.version,
      })
      .where('clinic_id', '=', clinicId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
