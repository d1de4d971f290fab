import type { Kysely } from 'kysely';

/**
 * Exports read a clinic's patients, visits and findings page by page in id order (`clinic_id = ? and
 * id > ? order by id limit n`). Without (clinic_id, id) SQLite took another clinic index and sorted
 * every row of the clinic for each page: a million visits took hours instead of a minute.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['patient', 'visit', 'finding']) {
    await db.schema.createIndex(`${table}_clinic_id`).on(table).columns(['clinic_id', 'id']).execute();
  }
}
