// The day-list benchmark's clinic, built in a scratch database: practitioners, a treatment table each,
// the default appointment types, then the generated rows bulk-inserted straight into the tables (many
// rows per statement, one transaction per batch), far faster than the services for a million rows.
import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { createUser } from '@sotchart/server/auth/create-user';
import type { Database } from '@sotchart/server/db/database';
import { dialectOf } from '@sotchart/server/db/dialect';
import type { DialectName } from '@sotchart/server/db/connect';
import { backfills } from '@sotchart/server/db/backfills/run-backfills';
import { scheduleSettingsRepository } from '@sotchart/server/db/repositories/schedule-settings.repository';
import { defaultAppointmentTypes } from '@sotchart/server/services/schedule/default-appointment-types';
import { cheapArgon2 } from '@sotchart/test-support';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { appointmentRows, patientRows, type DayListRowsOptions, type TableRows } from './day-list-rows';

export interface DayListSize {
  readonly patients: number;
  readonly appointments: number;
  readonly practitioners: number;
}

export interface DayListDataset {
  readonly database: ScratchDatabase;
  readonly size: DayListSize;
  readonly measuredDate: string;
  readonly buildSeconds: number;
  /** Rows written per table. */
  readonly rows: Readonly<Record<string, number>>;
}

/** Bind parameters per statement, under SQLite's limit (32 766) and PostgreSQL's (65 535). */
const maxParameters = 30_000;

/** Inserts one table's rows, as many per statement as the parameter limit allows, in one transaction. */
async function insertRows(db: Kysely<Database>, batch: TableRows): Promise<void> {
  const first = batch.rows[0];
  if (first === undefined) return;
  const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(first).length));
  await db.transaction().execute(async (trx) => {
    // A benchmark fixture: the generator keeps the references whole, so foreign-key triggers are
    // skipped for this transaction only (PostgreSQL); the exclusion constraints still check every row.
    if (dialectOf(db) === 'postgres') await sql`set local session_replication_role = replica`.execute(trx);
    for (let i = 0; i < batch.rows.length; i += perStatement) {
      const chunk = batch.rows.slice(i, i + perStatement);
      // Each arm of the union names its own table; the cast only joins them for one insert call.
      await trx
        .insertInto(batch.table)
        .values(chunk as never)
        .execute();
    }
  });
}

/** Builds the clinic of `size` in a new scratch database on `dialect`. */
export async function buildDayListDataset(
  dialect: DialectName,
  size: DayListSize,
  measuredDate: string,
  log: (line: string) => void = console.log,
): Promise<DayListDataset> {
  const started = performance.now();
  const database = await scratchDatabase(dialect, `daylist-${size.patients}`);
  const handle = await database.open();
  const rows: Record<string, number> = {};
  try {
    const { db } = handle;
    const { clinicId } = database;
    const owner = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', database.email)
      .executeTakeFirstOrThrow();
    const practitionerIds = [owner.id];
    for (let n = 2; n <= size.practitioners; n += 1) {
      const user = await createUser(
        db,
        {
          clinicId,
          email: `practitioner-${n}@harness.example`,
          displayName: `Dr Bench ${n}`,
          role: 'practitioner',
          password: database.password,
        },
        { argon2: cheapArgon2 },
      );
      practitionerIds.push(user.id);
    }
    const roomIds: string[] = [];
    for (const n of practitionerIds.keys()) {
      const room = { id: uuidv7(), name: `Table ${n + 1}`, active: true, version: 1 };
      await scheduleSettingsRepository.insertRoom(db, clinicId, room);
      roomIds.push(room.id);
    }
    const typeIdOf = new Map<string, string>();
    for (const type of defaultAppointmentTypes) {
      const id = uuidv7();
      await scheduleSettingsRepository.insertType(db, clinicId, { ...type, id, version: 1 });
      typeIdOf.set(type.kind, id);
    }
    const options: DayListRowsOptions = {
      clinicId,
      ownerId: owner.id,
      practitionerIds,
      roomIds,
      typeIds: {
        newPatient: typeIdOf.get('new_patient') ?? '',
        followUp: typeIdOf.get('follow_up') ?? '',
        reExam: typeIdOf.get('re_exam') ?? '',
      },
      patients: size.patients,
      appointments: size.appointments,
      measuredDate,
      measuredDayCount: 40,
      spanDays: 1095,
      batch: 5000,
    };
    for (const generator of [patientRows(options), appointmentRows(options)]) {
      for (const batch of generator) {
        await insertRows(db, batch);
        rows[batch.table] = (rows[batch.table] ?? 0) + batch.rows.length;
      }
      log(`  ${dialect} ${size.patients}: ${JSON.stringify(rows)}`);
    }
    // The rows hold what the backfills would write, so a server on them starts without running any.
    const now = new Date().toISOString();
    await db
      .insertInto('backfill_run')
      .values(
        backfills.map((b) => ({
          name: b.name,
          ran_at: now,
          result: JSON.stringify({ counts: {}, changed: [], by: 'day-list benchmark generator' }),
        })),
      )
      .execute();
    // Statistics as the other benchmark data sets have them (sampled on SQLite).
    if (dialect === 'sqlite') await sql`pragma analysis_limit = 1000`.execute(db);
    await sql`analyze`.execute(db);
  } catch (error) {
    await handle.close();
    await database.drop();
    throw error;
  }
  await handle.close();
  return { database, size, measuredDate, buildSeconds: (performance.now() - started) / 1000, rows };
}
