import type { Patient, PatientSearch, PatientSummary } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PatientTable } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';
import { patientSearchKeys, prefixEnd, searchForm } from '../patient-search-keys';

type Row = Selectable<PatientTable>;

function toPatient(row: Row): Patient {
  return {
    id: row.id,
    chartNumber: row.chart_number,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex as Patient['sex'],
    phone: row.phone,
    email: row.email,
    address: row.address,
    occupation: row.occupation,
    history: fromJson(row.history),
    notes: row.notes,
    archived: fromFlag(row.archived),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toRow(clinicId: string, p: Patient, updatedBy: string | null): Row {
  return {
    id: p.id,
    clinic_id: clinicId,
    chart_number: p.chartNumber,
    given_name: p.givenName,
    family_name: p.familyName,
    search_name: `${p.familyName} ${p.givenName}`.toLowerCase(),
    date_of_birth: p.dateOfBirth,
    sex: p.sex,
    phone: p.phone,
    email: p.email,
    address: p.address,
    occupation: p.occupation,
    history: toJson(p.history),
    notes: p.notes,
    archived: toFlag(p.archived),
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    updated_by: updatedBy,
    version: p.version,
  };
}

async function writeSearchKeys(db: Kysely<Database>, clinicId: string, p: Patient): Promise<void> {
  const rows = patientSearchKeys(p).map((search_key) => ({
    clinic_id: clinicId,
    search_key,
    patient_id: p.id,
  }));
  if (rows.length > 0) await db.insertInto('patient_search_key').values(rows).execute();
}

/** Sort keys for keyset pagination: each sort is a column plus the id as tie-breaker. */
const sortColumn = { name: 'search_name', chartNumber: 'chart_number', recent: 'created_at' } as const;

export interface PatientCursor {
  readonly key: string;
  readonly id: string;
}

export const patientRepository = {
  async insert(db: Kysely<Database>, clinicId: string, patient: Patient, actorId: string): Promise<void> {
    await db
      .insertInto('patient')
      .values(toRow(clinicId, patient, actorId))
      .execute();
    await writeSearchKeys(db, clinicId, patient);
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<Patient | undefined> {
    const row = await db
      .selectFrom('patient')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toPatient(row);
  },

  async chartNumberTaken(
    db: Kysely<Database>,
    clinicId: string,
    chartNumber: string,
    exceptId: string | null,
  ): Promise<boolean> {
    const row = await db
      .selectFrom('patient')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('chart_number', '=', chartNumber)
      .$if(exceptId !== null, (q) => q.where('id', '!=', exceptId as string))
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Updates only when the stored version is `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    next: Patient,
    expectedVersion: number,
    actorId: string,
  ): Promise<boolean> {
    const { id: _id, clinic_id: _clinic, created_at: _created, ...values } = toRow(clinicId, next, actorId);
    const result = await db
      .updateTable('patient')
      .set(values)
      .where('clinic_id', '=', clinicId)
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) return false;
    await db.deleteFrom('patient_search_key').where('patient_id', '=', next.id).execute();
    await writeSearchKeys(db, clinicId, next);
    return true;
  },

  /**
   * One page of the clinic's patients. `q` matches a date of birth (YYYY-MM-DD) exactly, or the start of
   * a word of the name ("smi", "smith jo", "john sm") or of the chart number, through the search keys.
   */
  async search(
    db: Kysely<Database>,
    clinicId: string,
    search: PatientSearch,
    after: PatientCursor | null,
  ): Promise<{ items: PatientSummary[]; last: PatientCursor | null }> {
    const column = sortColumn[search.sort];
    const descending = search.sort === 'recent';
    const q = searchForm(search.q ?? '');
    const rows = await db
      .selectFrom('patient')
      .select([
        'id',
        'chart_number',
        'given_name',
        'family_name',
        'date_of_birth',
        'sex',
        'archived',
        'search_name',
        'created_at',
      ])
      .where('clinic_id', '=', clinicId)
      .$if(!search.includeArchived, (qb) => qb.where('archived', '=', 0))
      .$if(q !== '', (qb) =>
        /^\d{4}-\d{2}-\d{2}$/.test(q)
          ? qb.where('date_of_birth', '=', q)
          : qb.where('id', 'in', (eb) =>
              eb
                .selectFrom('patient_search_key')
                .select('patient_id')
                .where('clinic_id', '=', clinicId)
                .where('search_key', '>=', q)
                .where('search_key', '<', prefixEnd(q)),
            ),
      )
      .$if(after !== null, (qb) =>
        qb.where((eb) =>
          eb.or([
            eb(column, descending ? '<' : '>', after!.key),
            eb.and([eb(column, '=', after!.key), eb('id', descending ? '<' : '>', after!.id)]),
          ]),
        ),
      )
      .orderBy(column, descending ? 'desc' : 'asc')
      .orderBy('id', descending ? 'desc' : 'asc')
      .limit(search.limit + 1)
      .execute();
    const page = rows.slice(0, search.limit);
    const lastRow = rows.length > search.limit ? page[page.length - 1] : undefined;
    return {
      items: page.map((r) => ({
        id: r.id,
        chartNumber: r.chart_number,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth,
        sex: r.sex as PatientSummary['sex'],
        archived: fromFlag(r.archived),
      })),
      last: lastRow === undefined ? null : { key: String(lastRow[column]), id: lastRow.id },
    };
  },
};
