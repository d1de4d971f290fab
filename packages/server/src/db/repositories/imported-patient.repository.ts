import type { DatePrecision } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';

/** What a FHIR import keeps on the patient row beyond the demographics (0044). */
export interface ImportedPatientFacts {
  readonly sourceSystem: string | null;
  readonly sourceId: string | null;
  readonly birthDatePrecision: DatePrecision;
  readonly givenNames: readonly string[] | null;
  readonly deceased: boolean;
  readonly deceasedAt: string | null;
}

/** The patient-row facts of imported patients, and finding a patient by its source id. */
export const importedPatientRepository = {
  async facts(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
  ): Promise<ImportedPatientFacts | undefined> {
    const row = await db
      .selectFrom('patient')
      .select([
        'source_system',
        'source_id',
        'birth_date_precision',
        'given_names',
        'deceased',
        'deceased_at',
      ])
      .where('clinic_id', '=', clinicId)
      .where('id', '=', patientId)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          sourceSystem: row.source_system,
          sourceId: row.source_id,
          birthDatePrecision: row.birth_date_precision as DatePrecision,
          givenNames: row.given_names === null ? null : fromJson<string[]>(row.given_names),
          deceased: fromFlag(row.deceased),
          deceasedAt: row.deceased_at,
        };
  },

  async setFacts(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
    facts: ImportedPatientFacts,
  ): Promise<void> {
    await db
      .updateTable('patient')
      .set({
        source_system: facts.sourceSystem,
        source_id: facts.sourceId,
        birth_date_precision: facts.birthDatePrecision,
        given_names: facts.givenNames === null ? null : toJson(facts.givenNames),
        deceased: toFlag(facts.deceased),
        deceased_at: facts.deceasedAt,
      })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', patientId)
      .execute();
  },

  /** Patients imported from a resource of this id (any source: a Bulk Data file names no source). */
  async idsBySourceId(db: Kysely<Database>, clinicId: string, sourceId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('patient')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('source_id', '=', sourceId)
      .limit(2)
      .execute();
    return rows.map((r) => r.id);
  },

  /** The clinic's patient with this chart number, if any. */
  async idByChartNumber(
    db: Kysely<Database>,
    clinicId: string,
    chartNumber: string,
  ): Promise<string | undefined> {
    const row = await db
      .selectFrom('patient')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('chart_number', '=', chartNumber)
      .executeTakeFirst();
    return row?.id;
  },

  /** How many patients the clinic has: where its chart-number sequence starts looking. */
  async count(db: Kysely<Database>, clinicId: string): Promise<number> {
    const row = await db
      .selectFrom('patient')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('clinic_id', '=', clinicId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
