import type { Patient, PatientSearch, PatientSummary } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PatientTable } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';

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
    return result.numUpdatedRows === 1n;
  },

  /**
   * One page of the clinic's patients. `q` matches a date of birth (YYYY-MM-DD) exactly, or the start of
   * the family name, the given name or the chart number.
   */
  async search(
    db: Kysely<Database>,
    clinicId: string,
    search: PatientSearch,
    after: PatientCursor | null,
  ): Promise<{ items: PatientSummary[]; last: PatientCursor | null }> {
    const column = sortColumn[search.sort];
    const descending = search.sort === 'recent';
    // LIKE wildcards are dropped rather than escaped: SQLite and PostgreSQL escape differently.
    const raw = search.q?.trim().replace(/[%_\\]/g, '') ?? '';
    const q = raw.toLowerCase();
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
          : qb.where((eb) =>
              eb.or([
                eb('search_name', 'like', `${q}%`),
                eb('search_name', 'like', `% ${q}%`),
                eb('chart_number', 'like', `${raw}%`),
              ]),
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
