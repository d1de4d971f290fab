import type { Coverage } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PatientCoverageTable } from '../database';

type Row = Selectable<PatientCoverageTable>;

function toCoverage(row: Row): Coverage {
  return {
    rank: row.rank as Coverage['rank'],
    insuranceType: row.insurance_type as Coverage['insuranceType'],
    payerName: row.payer_name,
    payerId: row.payer_id,
    insuredId: row.insured_id,
    insuredName: row.insured_name,
    relationship: row.relationship as Coverage['relationship'],
    groupNumber: row.group_number,
    insuredDateOfBirth: row.insured_date_of_birth,
    insuredSex: row.insured_sex as Coverage['insuredSex'],
    insuredAddress: row.insured_address,
  };
}

function toRow(clinicId: string, patientId: string, c: Coverage): Row {
  return {
    clinic_id: clinicId,
    patient_id: patientId,
    rank: c.rank,
    insurance_type: c.insuranceType,
    payer_name: c.payerName,
    payer_id: c.payerId,
    insured_id: c.insuredId,
    insured_name: c.insuredName,
    relationship: c.relationship,
    group_number: c.groupNumber,
    insured_date_of_birth: c.insuredDateOfBirth,
    insured_sex: c.insuredSex,
    insured_address: c.insuredAddress,
  };
}

/** A patient's coverages, kept beside the patient row and written with it (the patient's version). */
export const patientCoverageRepository = {
  /** Primary first: 'primary' sorts before 'secondary'. */
  async list(db: Kysely<Database>, clinicId: string, patientId: string): Promise<Coverage[]> {
    const rows = await db
      .selectFrom('patient_coverage')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('rank')
      .execute();
    return rows.map(toCoverage);
  },

  async deleteAll(db: Kysely<Database>, clinicId: string, patientId: string): Promise<void> {
    await db
      .deleteFrom('patient_coverage')
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .execute();
  },

  async insertMany(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
    coverage: readonly Coverage[],
  ): Promise<void> {
    if (coverage.length === 0) return;
    await db
      .insertInto('patient_coverage')
      .values(coverage.map((c) => toRow(clinicId, patientId, c)))
      .execute();
  },
};
