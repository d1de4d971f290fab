import type { Kysely } from 'kysely';

/**
 * The kiosk check-in (issue 22): a `check_in` link is bound to one appointment, whose arrival the
 * patient confirms on the tablet (`checked_in_at`), then answers the due questionnaires (the list and
 * count since 0047) and signs the missing consents, in order (`consent_types`, a JSON array, and how
 * many are signed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('kiosk_link')
    .addColumn('appointment_id', 'text', (c) => c.references('appointment.id'))
    .execute();
  await db.schema.alterTable('kiosk_link').addColumn('consent_types', 'text').execute();
  await db.schema
    .alterTable('kiosk_link')
    .addColumn('consents_signed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('kiosk_link').addColumn('checked_in_at', 'text').execute();
}
