import type { Kysely } from 'kysely';
import { visitSummary0033, type Stored0033 } from './support/0033-visit-summary';
import { forEachPage } from './support/paged-rows';

/** The shapes this migration reads and writes, as they were when it was written. */
interface Tables {
  visit: { id: string; analysis: string; verification: string; summary: string };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('visit')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  const tables = db as unknown as Kysely<Tables>;
  await forEachPage(
    (after, limit) =>
      tables
        .selectFrom('visit')
        .select(['id', 'analysis', 'verification'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(limit)
        .execute(),
    async (page) => {
      for (const row of page) {
        const summary = visitSummary0033({
          analysis: JSON.parse(row.analysis) as Stored0033['analysis'],
          verification: JSON.parse(row.verification) as Stored0033['verification'],
        });
        await tables
          .updateTable('visit')
          .set({ summary: JSON.stringify(summary) })
          .where('id', '=', row.id)
          .execute();
      }
    },
  );
}
