import { sql, type Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

/**
 * A clinic's questionnaire wording is kept per instrument and language (issue 24), so a clinic that
 * holds the licensed ODI in English and in French keeps both, and each patient reads their own. The
 * table is rebuilt with the new key: SQLite cannot change a primary key in place.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outcome_text_pack_by_language')
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('instrument_id', 'text', required)
    .addColumn('language', 'text', required)
    .addColumn('version', 'text', required)
    .addColumn('pack', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('outcome_text_pack_language_pk', ['clinic_id', 'instrument_id', 'language'])
    .execute();
  await sql`insert into outcome_text_pack_by_language
    (clinic_id, instrument_id, language, version, pack, updated_at, updated_by)
    select clinic_id, instrument_id, language, version, pack, updated_at, updated_by from outcome_text_pack`.execute(
    db,
  );
  await db.schema.dropTable('outcome_text_pack').execute();
  await db.schema.alterTable('outcome_text_pack_by_language').renameTo('outcome_text_pack').execute();
}
