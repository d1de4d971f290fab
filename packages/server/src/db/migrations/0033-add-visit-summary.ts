import type { EngineResult } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import { fromJson, toJson } from '../json';
import { forEachPage } from '../paged-rows';
import { visitSummary } from '../visit-summary';

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
        const summary = visitSummary({
          analysis: fromJson<EngineResult['analysis']>(row.analysis),
          verification: fromJson<EngineResult['verification']>(row.verification),
        });
        await tables
          .updateTable('visit')
          .set({ summary: toJson(summary) })
          .where('id', '=', row.id)
          .execute();
      }
    },
  );
}
