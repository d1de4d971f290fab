import type { Kysely } from 'kysely';
import { clinicRef, jsonText, required, versioned } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('visit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('episode_id', 'text', (c) => c.references('episode.id'))
    .addColumn('practitioner_id', 'text', required)
    .addColumn('visit_at', 'text', required)
    .addColumn('type', 'text', required)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('chief_complaint', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pain', 'integer')
    // The engine's snapshot, recomputed by the server on every save.
    .addColumn('engine_version', 'text', required)
    .addColumn('pack_ref', 'text', required)
    .addColumn('category', 'text', required)
    .addColumn('analysis', 'text', required)
    .addColumn('plan', 'text')
    .addColumn('verification', 'text', required)
    .addColumn('treated_category', 'text')
    .addColumn('treated_reason', 'text')
    .addColumn('overrides', 'text', jsonText('[]'))
    // What the practitioner charted beyond the findings (exam, treatment, PART, SOAP, coding).
    .addColumn('record', 'text', jsonText('{}'))
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('created_at', 'text', required)
    .addColumn('updated_at', 'text', required)
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', versioned)
    .execute();
  await db.schema
    .createIndex('visit_patient_time')
    .on('visit')
    .columns(['clinic_id', 'patient_id', 'visit_at'])
    .execute();

  // One row per finding so findings can be queried across visits.
  await db.schema
    .createTable('finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visit.id'))
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patient.id'))
    .addColumn('position', 'integer', required)
    .addColumn('phase', 'text', required)
    .addColumn('indicator', 'text', required)
    .addColumn('site_key', 'text', required)
    .addColumn('site', 'text')
    .addColumn('side', 'text')
    .addColumn('positive', 'integer')
    .addColumn('grade', 'integer')
    .addColumn('degrees', 'real')
    .addColumn('mm', 'real')
    .addColumn('symptom_reproduced', 'integer')
    .addColumn('carried_forward', 'integer')
    .addColumn('note', 'text')
    .addUniqueConstraint('finding_unique_site', ['visit_id', 'phase', 'indicator', 'site_key'])
    .execute();
  await db.schema.createIndex('finding_visit').on('finding').columns(['visit_id']).execute();
  await db.schema
    .createIndex('finding_indicator')
    .on('finding')
    .columns(['clinic_id', 'indicator', 'phase'])
    .execute();

  await db.schema
    .createTable('addendum')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', clinicRef)
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visit.id'))
    .addColumn('seq', 'integer', required)
    .addColumn('author_id', 'text', required)
    .addColumn('text', 'text', required)
    .addColumn('signed_at', 'text', required)
    .addUniqueConstraint('addendum_seq_unique', ['visit_id', 'seq'])
    .execute();
}
