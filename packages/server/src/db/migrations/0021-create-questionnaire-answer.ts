import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every item answer of a questionnaire, one row each (a PSFS activity keeps the patient's name for it).
  await db.schema
    .createTable('questionnaire_answer')
    .addColumn('response_id', 'text', (c) => c.notNull().references('questionnaire_response.id'))
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('position', 'integer', required)
    .addColumn('item_id', 'text', required)
    .addColumn('label', 'text')
    .addColumn('value', 'integer')
    .addPrimaryKeyConstraint('questionnaire_answer_pk', ['response_id', 'item_id'])
    .execute();
}
