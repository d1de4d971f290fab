import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { clinicRef, flag, jsonText, required, versioned } from '../dialect';

/**
 * The appointment book (issue 22): appointment types, rooms, practitioners' working weeks, care-plan
 * series, appointments, and the private calendar feeds. An appointment's times are kept as whole
 * minutes since the Unix epoch (UTC), so an overlap is integer arithmetic on both databases and
 * PostgreSQL can refuse a double booking itself: an exclusion constraint per practitioner and per
 * room over the appointments that hold their slot (`takes_slot`: not cancelled, not a no-show, of a
 * type that does not allow double booking). SQLite checks the same inside BEGIN IMMEDIATE. Clinics
 * that exist already get the default appointment types from a backfill (0005).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('appointment_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('name', 'text', required)
    .addColumn('kind', 'text', required)
    .addColumn('minutes', 'integer', required)
    .addColumn('allow_double_booking', 'integer', flag)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', versioned)
    .execute();
  await db.schema.createIndex('appointment_type_clinic').on('appointment_type').column('clinic_id').execute();

  await db.schema
    .createTable('room')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('name', 'text', required)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', versioned)
    .execute();
  await db.schema.createIndex('room_clinic').on('room').column('clinic_id').execute();

  await db.schema
    .createTable('working_hours')
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('practitioner_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('days', 'text', jsonText('[]'))
    .addColumn('version', 'integer', versioned)
    .addPrimaryKeyConstraint('working_hours_pk', ['clinic_id', 'practitioner_id'])
    .execute();

  await db.schema
    .createTable('appointment_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('episode_id', 'text', (c) => c.references('episode.id'))
    .addColumn('rule', 'text', required)
    .addColumn('created_at', 'text', required)
    .addColumn('created_by', 'text', required)
    .execute();

  await db.schema
    .createTable('appointment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('practitioner_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('room_id', 'text', (c) => c.references('room.id'))
    .addColumn('type_id', 'text', (c) => c.notNull().references('appointment_type.id'))
    .addColumn('episode_id', 'text', (c) => c.references('episode.id'))
    .addColumn('series_id', 'text', (c) => c.references('appointment_series.id'))
    .addColumn('visit_id', 'text', (c) => c.references('visit.id'))
    .addColumn('start_minute', 'integer', required)
    .addColumn('end_minute', 'integer', required)
    .addColumn('takes_slot', 'integer', flag)
    .addColumn('status', 'text', required)
    .addColumn('cancel_reason', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('arrived_at', 'text')
    .addColumn('created_at', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .addCheckConstraint('appointment_ends_after_start', sql`end_minute > start_minute`)
    .execute();
  // The book and the day list read a clinic's day by start; a patient's appointments by patient.
  await db.schema
    .createIndex('appointment_clinic_start')
    .on('appointment')
    .columns(['clinic_id', 'start_minute'])
    .execute();
  await db.schema
    .createIndex('appointment_practitioner_start')
    .on('appointment')
    .columns(['clinic_id', 'practitioner_id', 'start_minute'])
    .execute();
  await db.schema
    .createIndex('appointment_patient')
    .on('appointment')
    .columns(['clinic_id', 'patient_id', 'start_minute'])
    .execute();
  await db.schema.createIndex('appointment_visit').on('appointment').column('visit_id').execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // `=` on text inside an exclusion constraint needs the btree operator classes for GiST.
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`alter table appointment add constraint appointment_practitioner_slot exclude using gist
      (clinic_id with =, practitioner_id with =, int4range(start_minute, end_minute) with &&)
      where (takes_slot = 1)`.execute(db);
    await sql`alter table appointment add constraint appointment_room_slot exclude using gist
      (clinic_id with =, room_id with =, int4range(start_minute, end_minute) with &&)
      where (takes_slot = 1 and room_id is not null)`.execute(db);
  }

  await db.schema
    .createTable('calendar_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', required)
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('calendar_feed_user')
    .on('calendar_feed')
    .columns(['clinic_id', 'user_id'])
    .execute();
}
