import type { Kysely } from 'kysely';

/**
 * Languages (issue 24): the app's language per user (null follows the device), what a patient reads
 * in (null for the clinic's) and the phonetic reading of their name, the clinical record's language
 * per clinic, the language a note was signed in, and the clinic's own wording of the app's messages,
 * each a draft until approved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('language', 'text').execute();
  await db.schema.alterTable('patient').addColumn('language', 'text').execute();
  await db.schema.alterTable('patient').addColumn('name_reading', 'text').execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
  await db.schema.alterTable('visit').addColumn('note_language', 'text').execute();
  await db.schema
    .createTable('clinic_message')
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('namespace', 'text', (c) => c.notNull())
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('clinic_message_pk', ['clinic_id', 'language', 'namespace', 'message_key'])
    .execute();
}
