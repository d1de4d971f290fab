import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { required } from '../dialect';
import { searchKeys0032 } from './support/0032-search-keys';
import { forEachPage } from './support/paged-rows';

/** The shapes this migration reads and writes, as they were when it was written. */
interface Tables {
  patient: { id: string; clinic_id: string; family_name: string; given_name: string; chart_number: string };
  patient_search_key: { clinic_id: string; search_key: string; patient_id: string };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Prefix search is a range over search_key, which needs bytewise order: SQLite's default (BINARY),
  // and on PostgreSQL the "C" collation whatever the database's own collation is.
  const bytewise = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('patient_search_key')
    .addColumn('clinic_id', 'text', required)
    .addColumn('search_key', bytewise ? sql`text collate "C"` : 'text', required)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('patient_search_key_pk', ['clinic_id', 'search_key', 'patient_id'])
    .execute();
  await db.schema
    .createIndex('patient_search_key_patient')
    .on('patient_search_key')
    .column('patient_id')
    .execute();

  const tables = db as unknown as Kysely<Tables>;
  await forEachPage(
    (after, limit) =>
      tables
        .selectFrom('patient')
        .select(['id', 'clinic_id', 'family_name', 'given_name', 'chart_number'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(limit)
        .execute(),
    async (page) => {
      const rows = page.flatMap((p) =>
        searchKeys0032({
          familyName: p.family_name,
          givenName: p.given_name,
          chartNumber: p.chart_number,
        }).map((search_key) => ({ clinic_id: p.clinic_id, search_key, patient_id: p.id })),
      );
      if (rows.length > 0) await tables.insertInto('patient_search_key').values(rows).execute();
    },
  );
}
