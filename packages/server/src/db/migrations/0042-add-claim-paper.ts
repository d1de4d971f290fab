import type { Kysely } from 'kysely';
import { clinicRef, required } from '../dialect';

/**
 * What a claim form needs beyond the chart (issue 19): each patient's insurance coverages, primary
 * and secondary, and the clinic's billing facts. The clinic's country switches the US billing
 * features (coding lines on the superbill, the CMS-1500) on or off; existing clinics keep them ('US').
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patient_coverage')
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('rank', 'text', required)
    .addColumn('insurance_type', 'text', required)
    .addColumn('payer_name', 'text', required)
    .addColumn('payer_id', 'text')
    .addColumn('insured_id', 'text', required)
    .addColumn('insured_name', 'text', required)
    .addColumn('relationship', 'text', required)
    .addColumn('group_number', 'text')
    .addColumn('insured_date_of_birth', 'text')
    .addColumn('insured_sex', 'text')
    .addColumn('insured_address', 'text')
    .addPrimaryKeyConstraint('patient_coverage_pk', ['clinic_id', 'patient_id', 'rank'])
    .execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('country', 'text', (c) => c.notNull().defaultTo('US'))
    .execute();
  await db.schema.alterTable('clinic').addColumn('tax_id', 'text').execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('tax_id_type', 'text', (c) => c.notNull().defaultTo('ein'))
    .execute();
  await db.schema.alterTable('clinic').addColumn('billing_npi', 'text').execute();
  await db.schema
    .alterTable('clinic')
    .addColumn('place_of_service', 'text', (c) => c.notNull().defaultTo('11'))
    .execute();
}
