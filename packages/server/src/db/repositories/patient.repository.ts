import type { Patient, PatientSearch, PatientSummary, PatientWithHistory } from '@sotchart/contract';
import type { Insertable, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { Database, PatientTable } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';
import { storedLanguage } from '../stored-language';
import { compareKeys, firstMatchingKey, prefixEnd, searchForm } from '../patient-search-keys';
import { typoProbes } from '../patient-typo-keys';
import { patientCoverageRepository } from './patient-coverage.repository';
import { patientSearchKeyRepository } from './patient-search-key.repository';

type Row = Selectable<PatientTable>;

function toPatient(row: Row, coverage: PatientWithHistory['coverage']): PatientWithHistory {
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
    nameReading: row.name_reading,
    language: storedLanguage(row.language),
    coverage,
    history: fromJson(row.history),
    notes: row.notes,
    archived: fromFlag(row.archived),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toRow(clinicId: string, p: PatientWithHistory, updatedBy: string | null): Insertable<PatientTable> {
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
    name_reading: p.nameReading,
    language: p.language,
    history: toJson(p.history),
    notes: p.notes,
    archived: toFlag(p.archived),
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    updated_by: updatedBy,
    version: p.version,
  };
}

const summaryColumns = [
  'id',
  'chart_number',
  'given_name',
  'family_name',
  'name_reading',
  'date_of_birth',
  'sex',
  'archived',
  'search_name',
  'created_at',
] as const;

type SummaryRow = Pick<Row, (typeof summaryColumns)[number]>;

function toSummary(r: SummaryRow): PatientSummary {
  return {
    id: r.id,
    chartNumber: r.chart_number,
    givenName: r.given_name,
    familyName: r.family_name,
    nameReading: r.name_reading,
    dateOfBirth: r.date_of_birth,
    sex: r.sex as PatientSummary['sex'],
    archived: fromFlag(r.archived),
  };
}

export interface PatientPage {
  readonly items: PatientSummary[];
  /** Where the next page starts, or null on the last page. */
  readonly last: PatientCursor | null;
}

/**
 * A name-sorted search walks the search-key index in key order and stops once the page is full, so it
 * costs the same in a clinic of a thousand patients or a hundred thousand, however many the query
 * matches. A patient is listed at the first of its keys the query matches and skipped at the others;
 * the cursor is a position in the index (key, patient id).
 */
async function searchByKey(
  db: Kysely<Database>,
  clinicId: string,
  q: string,
  search: PatientSearch,
  after: PatientCursor | null,
): Promise<PatientPage> {
  const items: PatientSummary[] = [];
  let position = after;
  let pageEnd: PatientCursor | null = null;
  // Most patients match a query at one or two keys, so a chunk of twice the page rarely needs a second.
  const chunk = (search.limit + 1) * 2;
  for (;;) {
    const from = position;
    const rows = await db
      .selectFrom('patient_search_key as k')
      .innerJoin('patient as p', (j) =>
        j.onRef('p.id', '=', 'k.patient_id').onRef('p.clinic_id', '=', 'k.clinic_id'),
      )
      .select(['k.search_key', ...summaryColumns.map((c) => `p.${c}` as const)])
      .where('k.clinic_id', '=', clinicId)
      // From the cursor's key (never below q), so a later page starts its index range where the last ended.
      .where('k.search_key', '>=', from !== null && compareKeys(from.key, q) > 0 ? from.key : q)
      .where('k.search_key', '<', prefixEnd(q))
      .$if(!search.includeArchived, (qb) => qb.where('p.archived', '=', 0))
      .$if(from !== null, (qb) =>
        qb.where((eb) => eb(eb.refTuple('k.search_key', 'k.patient_id'), '>', eb.tuple(from!.key, from!.id))),
      )
      .orderBy('k.search_key')
      .orderBy('k.patient_id')
      .limit(chunk)
      .execute();
    for (const row of rows) {
      position = { key: row.search_key, id: row.id };
      const first = firstMatchingKey(
        {
          familyName: row.family_name,
          givenName: row.given_name,
          chartNumber: row.chart_number,
          nameReading: row.name_reading,
        },
        q,
      );
      // Listed at another key of theirs (a key from an older rule, matching none today, still lists).
      if (first !== undefined && first !== row.search_key) continue;
      if (items.length === search.limit) return { items, last: pageEnd };
      items.push(toSummary(row));
      pageEnd = position;
    }
    if (rows.length < chunk) return { items, last: null };
  }
}

/** Sort keys for keyset pagination: each sort is a column plus the id as tie-breaker. */
const sortColumn = { name: 'search_name', chartNumber: 'chart_number', recent: 'created_at' } as const;

export interface PatientCursor {
  readonly key: string;
  readonly id: string;
}

type PatientQuery = SelectQueryBuilder<Database, 'patient', SummaryRow>;

/** A page of the patients `matching` keeps, in the search's sort order, after the cursor. */
async function searchByColumn(
  db: Kysely<Database>,
  clinicId: string,
  search: PatientSearch,
  after: PatientCursor | null,
  matching: (qb: PatientQuery) => PatientQuery,
): Promise<PatientPage> {
  const column = sortColumn[search.sort];
  const descending = search.sort === 'recent';
  const rows = await db
    .selectFrom('patient')
    .select(summaryColumns)
    .where('clinic_id', '=', clinicId)
    .$if(!search.includeArchived, (qb) => qb.where('archived', '=', 0))
    .$call(matching)
    .$if(after !== null, (qb) =>
      qb.where((eb) =>
        eb(eb.refTuple(column, 'id'), descending ? '<' : '>', eb.tuple(after!.key, after!.id)),
      ),
    )
    .orderBy(column, descending ? 'desc' : 'asc')
    .orderBy('id', descending ? 'desc' : 'asc')
    .limit(search.limit + 1)
    .execute();
  const page = rows.slice(0, search.limit);
  const lastRow = rows.length > search.limit ? page[page.length - 1] : undefined;
  return {
    items: page.map(toSummary),
    last: lastRow === undefined ? null : { key: String(lastRow[column]), id: lastRow.id },
  };
}

export const patientRepository = {
  async insert(
    db: Kysely<Database>,
    clinicId: string,
    patient: PatientWithHistory,
    actorId: string | null,
  ): Promise<void> {
    await db
      .insertInto('patient')
      .values(toRow(clinicId, patient, actorId))
      .execute();
    await patientSearchKeyRepository.insert(db, clinicId, patient.id, patient);
    await patientCoverageRepository.insertMany(db, clinicId, patient.id, patient.coverage);
  },

  async findById(
    db: Kysely<Database>,
    clinicId: string,
    id: string,
  ): Promise<PatientWithHistory | undefined> {
    const row = await db
      .selectFrom('patient')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : toPatient(row, await patientCoverageRepository.list(db, clinicId, id));
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
    next: PatientWithHistory,
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
    await patientSearchKeyRepository.deleteAll(db, next.id);
    await patientSearchKeyRepository.insert(db, clinicId, next.id, next);
    await patientCoverageRepository.deleteAll(db, clinicId, next.id);
    await patientCoverageRepository.insertMany(db, clinicId, next.id, next.coverage);
    return true;
  },

  /**
   * One page of the clinic's patients. `q` matches a date of birth (YYYY-MM-DD) exactly, or the start of
   * a word of the name ("smi", "smith jo", "john sm", "alvarez, isa") or of the chart number ("sot-10",
   * or its digits alone, "1009"), through the search keys.
   */
  async search(
    db: Kysely<Database>,
    clinicId: string,
    search: PatientSearch,
    after: PatientCursor | null,
  ): Promise<PatientPage> {
    const q = searchForm(search.q ?? '');
    const byDate = /^\d{4}-\d{2}-\d{2}$/.test(q);
    if (q !== '' && !byDate && search.sort === 'name') return searchByKey(db, clinicId, q, search, after);
    return searchByColumn(db, clinicId, search, after, (qb) =>
      q === ''
        ? qb
        : byDate
          ? qb.where('date_of_birth', '=', q)
          : qb.where('id', 'in', (eb) =>
              eb
                .selectFrom('patient_search_key')
                .select('patient_id')
                .where('clinic_id', '=', clinicId)
                .where('search_key', '>=', q)
                .where('search_key', '<', prefixEnd(q)),
            ),
    );
  },

  /**
   * One page of the patients whose name has, for each word of `q`, a word equal to it or one typo away
   * ("isabela", "alvraez isabella"), through the typo keys: one indexed lookup per word.
   */
  async searchWithOneTypo(
    db: Kysely<Database>,
    clinicId: string,
    search: PatientSearch,
    after: PatientCursor | null,
  ): Promise<PatientPage> {
    const probes = typoProbes(search.q ?? '');
    if (probes.length === 0) return { items: [], last: null };
    return searchByColumn(db, clinicId, search, after, (qb) =>
      probes.reduce(
        (matching, keys) =>
          matching.where('id', 'in', (eb) =>
            eb
              .selectFrom('patient_typo_key')
              .select('patient_id')
              .where('clinic_id', '=', clinicId)
              .where('typo_key', 'in', keys),
          ),
        qb,
      ),
    );
  },
};
