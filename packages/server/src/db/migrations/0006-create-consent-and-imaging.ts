import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('type', 'text', required)
    .addColumn('date', 'text', required)
    .addColumn('signed_by', 'text', required)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', required)
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('consent_patient').on('consent').columns(['clinic_id', 'patient_id']).execute();
  await db.schema
    .createTable('imaging_study')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('date', 'text', required)
    .addColumn('type', 'text', required)
    .addColumn('region', 'text', required)
    .addColumn('summary', 'text', required)
    .addColumn('created_at', 'text', required)
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('imaging_patient')
    .on('imaging_study')
    .columns(['clinic_id', 'patient_id'])
    .execute();
}
