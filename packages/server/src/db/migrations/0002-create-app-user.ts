import type { Kysely } from 'kysely';
import { clinicRef, flag, required, versioned } from '../dialect';

/** Users: each belongs to one clinic and is also the practitioner whose profile appears on signatures. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    // Lower-cased; unique across clinics because sign-in is by email alone.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', required)
    .addColumn('role', 'text', required)
    .addColumn('password_hash', 'text', required)
    .addColumn('must_change_password', 'integer', flag)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('name_as_signed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('degree', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('licence_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('licence_state', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('npi', 'text')
    .addColumn('created_at', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('version', 'integer', versioned)
    .execute();
  await db.schema
    .createIndex('app_user_clinic')
    .on('app_user')
    .columns(['clinic_id', 'display_name'])
    .execute();
}
