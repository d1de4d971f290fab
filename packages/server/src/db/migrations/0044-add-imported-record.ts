import type { Kysely } from 'kysely';
import { clinicRef, flag, required } from '../dialect';

/**
 * What a FHIR import keeps beyond the demographics (issue 20), so it can be shown and exported again:
 * the patient's history as coded entries (one row per imported resource, the resource kept whole),
 * each identifier's type, and the patient facts the form does not edit — the source's own id, the
 * precision of a partial birth date, several given names, and whether the patient has died.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patient_history_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('resource_type', 'text', required)
    .addColumn('source_system', 'text', required)
    .addColumn('source_id', 'text', required)
    .addColumn('code_system', 'text')
    .addColumn('code', 'text')
    .addColumn('display', 'text')
    .addColumn('status', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('value', 'text')
    .addColumn('resource', 'text', required)
    .addColumn('created_at', 'text', required)
    .execute();
  // An entry is imported once per clinic: a second import of the same resource updates or skips it.
  await db.schema
    .createIndex('patient_history_entry_source')
    .on('patient_history_entry')
    .columns(['clinic_id', 'resource_type', 'source_system', 'source_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('patient_history_entry_patient')
    .on('patient_history_entry')
    .columns(['clinic_id', 'patient_id'])
    .execute();
  await db.schema.alterTable('patient_identifier').addColumn('type', 'text').execute();
  await db.schema.alterTable('patient').addColumn('source_system', 'text').execute();
  await db.schema.alterTable('patient').addColumn('source_id', 'text').execute();
  // History in a later file (Bulk Data writes one file per type) finds its patient by the source id.
  await db.schema.createIndex('patient_source').on('patient').columns(['clinic_id', 'source_id']).execute();
  await db.schema
    .alterTable('patient')
    .addColumn('birth_date_precision', 'text', (c) => c.notNull().defaultTo('day'))
    .execute();
  await db.schema.alterTable('patient').addColumn('given_names', 'text').execute();
  await db.schema.alterTable('patient').addColumn('deceased', 'integer', flag).execute();
  await db.schema.alterTable('patient').addColumn('deceased_at', 'text').execute();
}
