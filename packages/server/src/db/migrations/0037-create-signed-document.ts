import type { Kysely } from 'kysely';
import { binaryType, clinicRef, flag, required } from '../dialect';

/**
 * The signed documents of a visit, frozen when they are signed: the note (kind `note`, seq 0) and each
 * addendum (kind `addendum`, its seq). The PDF's bytes are stored with their SHA-256 and a JSON
 * snapshot of what the PDF shows, so a later change to the patient, clinic, signer or episode never
 * changes a signed document. `frozen_at_upgrade` marks documents of visits signed before this table
 * existed, rendered from the data as it stood at the upgrade.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signed_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visit.id'))
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('kind', 'text', required)
    .addColumn('seq', 'integer', required)
    .addColumn('pdf', binaryType(db), required)
    .addColumn('sha256', 'text', required)
    .addColumn('snapshot', 'text', required)
    .addColumn('frozen_at_upgrade', 'integer', flag)
    .addColumn('created_at', 'text', required)
    .addUniqueConstraint('signed_document_unique', ['clinic_id', 'visit_id', 'kind', 'seq'])
    .execute();
}
