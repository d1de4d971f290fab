import type { Kysely } from 'kysely';
import { clinicRef, flag, jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patient')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('chart_number', 'text', required)
    .addColumn('given_name', 'text', required)
    .addColumn('family_name', 'text', required)
    .addColumn('search_name', 'text', required)
    .addColumn('date_of_birth', 'text', required)
    .addColumn('sex', 'text', required)
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('occupation', 'text')
    .addColumn('history', 'text', jsonText('{}'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived', 'integer', flag)
    .addColumn('created_at', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .addUniqueConstraint('patient_chart_number_unique', ['clinic_id', 'chart_number'])
    .execute();
  await db.schema
    .createIndex('patient_clinic_name')
    .on('patient')
    .columns(['clinic_id', 'search_name', 'id'])
    .execute();
  await db.schema
    .createIndex('patient_clinic_dob')
    .on('patient')
    .columns(['clinic_id', 'date_of_birth'])
    .execute();
}
