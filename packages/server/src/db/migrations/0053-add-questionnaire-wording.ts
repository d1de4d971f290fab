import type { Kysely } from 'kysely';

/**
 * The wording a questionnaire was answered in (issue 24), kept with it as JSON: its language, whether
 * the translation is a published, validated one, and its source; JSON null for the shipped English
 * titles. Questionnaires stored before have no value, and are shown as their patient's language reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('questionnaire_response').addColumn('wording', 'text').execute();
}
