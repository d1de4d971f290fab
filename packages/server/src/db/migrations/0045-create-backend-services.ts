import type { Kysely } from 'kysely';
import { clinicRef, jsonText, required } from '../dialect';

/**
 * SMART Backend Services and FHIR Bulk Data: the systems an owner registered (with their public keys),
 * the assertion ids they used (kept until the assertion expires, so none is accepted twice), the
 * access tokens issued to them (their SHA-256 only), and the bulk export jobs. One file because the
 * four tables only make sense together.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('backend_client')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('name', 'text', required)
    .addColumn('jwks', 'text', required)
    .addColumn('scopes', 'text', jsonText('[]'))
    .addColumn('created_by', 'text', required)
    .addColumn('created_at', 'text', required)
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('backend_client_clinic').on('backend_client').columns(['clinic_id']).execute();

  await db.schema
    .createTable('backend_assertion')
    .addColumn('client_id', 'text', (c) => c.notNull().references('backend_client.id'))
    .addColumn('jti', 'text', required)
    .addColumn('expires_at', 'text', required)
    .addPrimaryKeyConstraint('backend_assertion_pk', ['client_id', 'jti'])
    .execute();
  await db.schema
    .createIndex('backend_assertion_expiry')
    .on('backend_assertion')
    .columns(['expires_at'])
    .execute();

  await db.schema
    .createTable('backend_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('backend_client.id'))
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('scopes', 'text', jsonText('[]'))
    .addColumn('expires_at', 'text', required)
    .execute();
  await db.schema.createIndex('backend_token_expiry').on('backend_token').columns(['expires_at']).execute();

  await db.schema
    .createTable('bulk_export_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('actor_id', 'text', required)
    .addColumn('status', 'text', required)
    .addColumn('request_url', 'text', required)
    .addColumn('types', 'text', jsonText('[]'))
    .addColumn('since', 'text')
    .addColumn('transaction_time', 'text', required)
    .addColumn('patients_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('patients_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('output', 'text', jsonText('[]'))
    .addColumn('updated_at', 'text', required)
    .addColumn('completed_at', 'text')
    .addColumn('expires_at', 'text')
    .execute();
  await db.schema
    .createIndex('bulk_export_job_clinic')
    .on('bulk_export_job')
    .columns(['clinic_id', 'status'])
    .execute();
}
