import type { Kysely } from 'kysely';

/**
 * The clinic's phone number, printed on the patient handout so a patient knows whom to call
 * (issue 21). Existing clinics have none until an owner enters it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clinic').addColumn('phone', 'text').execute();
}
