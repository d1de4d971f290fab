import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { flag, required, versioned } from '../dialect';

/**
 * Emails become unique per clinic instead of across the server, so creating a user never tells an
 * owner that an address has an account in another clinic (issue 16). Sign-in then checks the password
 * against every account with the email and, when it opens more than one, asks which clinic.
 *
 * PostgreSQL drops the constraint. SQLite cannot drop a column's UNIQUE, so the table is rebuilt with
 * the columns 0002 created (copied here, not imported, so a later change cannot alter this migration).
 * Kysely runs SQLite migrations outside a transaction, which lets foreign keys be switched off for the
 * rebuild (sessions reference app_user) and back on after a foreign-key check.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table app_user drop constraint app_user_email_key`.execute(db);
  } else {
    await rebuildWithoutGlobalEmailUnique(db);
  }
  await db.schema
    .createIndex('app_user_clinic_email')
    .on('app_user')
    .columns(['clinic_id', 'email'])
    .unique()
    .execute();
  // Sign-in finds every account of an email, whatever the clinic.
  await db.schema.createIndex('app_user_email').on('app_user').column('email').execute();
}

async function rebuildWithoutGlobalEmailUnique(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('app_user_next')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id'))
        .addColumn('email', 'text', required)
        .addColumn('display_name', 'text', required)
        .addColumn('role', 'text', required)
        .addColumn('password_hash', 'text', required)
        .addColumn('must_change_password', 'integer', flag)
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('name_as_signed', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('degree', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('licence_number', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('licence_state', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('npi', 'text')
        .addColumn('created_at', 'text', required)
        .addColumn('updated_at', 'text', required)
        .addColumn('version', 'integer', versioned)
        .execute();
      await sql`insert into app_user_next select * from app_user`.execute(trx);
      await sql`drop table app_user`.execute(trx);
      await sql`alter table app_user_next rename to app_user`.execute(trx);
      await trx.schema
        .createIndex('app_user_clinic')
        .on('app_user')
        .columns(['clinic_id', 'display_name'])
        .execute();
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error('app_user rebuild left rows without their clinic or user');
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
