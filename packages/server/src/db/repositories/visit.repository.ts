import { storedConfirmedCoding, type Addendum, type Visit, type VisitRecord } from '@sotchart/contract';
import type { EngineResult } from '@sotchart/engine';
import type { Kysely, Selectable } from 'kysely';
import type { Database, VisitTable } from '../database';
import { fromJson, toJson } from '../json';
import { storedLanguage } from '../stored-language';
import { visitSummary, type VisitSummary } from '../visit-summary';

type Row = Selectable<VisitTable>;
/** A visit as stored in its own row; findings live in the finding table. */
export type VisitRow = Omit<Visit, 'findings'>;

export function treatedCategoryOf(
  r: Pick<Row, 'treated_category' | 'treated_reason'>,
): VisitRow['treatedCategory'] {
  return r.treated_category === null
    ? null
    : { category: r.treated_category as 'I' | 'II' | 'III', reason: r.treated_reason ?? '' };
}

// The engine's result is stored across columns (the category and the timeline summary are queried or
// read alone); reassembled here exactly as runEngine returned it.
function engineResultOf(r: Row): EngineResult {
  return {
    engineVersion: r.engine_version,
    packRef: r.pack_ref,
    analysis: fromJson(r.analysis),
    plan: r.plan === null ? null : fromJson(r.plan),
    cmrt: fromJson(r.cmrt),
    verification: fromJson(r.verification),
    heelLift: r.heel_lift === null ? null : fromJson(r.heel_lift),
    coding: r.coding === null ? null : fromJson(r.coding),
  };
}

/** The visit columns that hold the engine's result. */
export function engineColumns(e: EngineResult) {
  return {
    engine_version: e.engineVersion,
    pack_ref: e.packRef,
    category: e.analysis.category,
    analysis: toJson(e.analysis),
    plan: e.plan === null ? null : toJson(e.plan),
    cmrt: toJson(e.cmrt),
    verification: toJson(e.verification),
    heel_lift: e.heelLift === null ? null : toJson(e.heelLift),
    coding: e.coding === null ? null : toJson(e.coding),
    summary: toJson(visitSummary(e)),
  };
}

function toVisit(r: Row): VisitRow {
  return {
    id: r.id,
    patientId: r.patient_id,
    episodeId: r.episode_id,
    practitionerId: r.practitioner_id,
    visitAt: r.visit_at,
    type: r.type as Visit['type'],
    status: r.status as Visit['status'],
    chiefComplaint: r.chief_complaint,
    pain: r.pain,
    engine: engineResultOf(r),
    treatedCategory: treatedCategoryOf(r),
    overrides: fromJson(r.overrides),
    record: storedRecord(r.record),
    signedAt: r.signed_at,
    signedBy: r.signed_by,
    noteLanguage: storedLanguage(r.note_language),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

// Records saved before claim lines carry procedures and modifiers; reading them converts that part.
function storedRecord(text: string): VisitRecord {
  const record = fromJson<VisitRecord>(text);
  return { ...record, coding: storedConfirmedCoding(record.coding) };
}

/** A visit as the timeline shows it: no plan, record or overrides, and the analysis only as its summary. */
export type TimelineVisitRow = Pick<
  VisitRow,
  'id' | 'visitAt' | 'type' | 'status' | 'pain' | 'treatedCategory'
> & {
  readonly summary: VisitSummary;
};

function toRow(clinicId: string, v: VisitRow, actorId: string): Row {
  return {
    id: v.id,
    clinic_id: clinicId,
    patient_id: v.patientId,
    episode_id: v.episodeId,
    practitioner_id: v.practitionerId,
    visit_at: v.visitAt,
    type: v.type,
    status: v.status,
    chief_complaint: v.chiefComplaint,
    pain: v.pain,
    ...engineColumns(v.engine),
    treated_category: v.treatedCategory?.category ?? null,
    treated_reason: v.treatedCategory?.reason ?? null,
    overrides: toJson(v.overrides),
    record: toJson(v.record),
    signed_at: v.signedAt,
    signed_by: v.signedBy,
    note_language: v.noteLanguage,
    created_at: v.createdAt,
    updated_at: v.updatedAt,
    updated_by: actorId,
    version: v.version,
  };
}

export const visitRepository = {
  async insert(db: Kysely<Database>, clinicId: string, v: VisitRow, actorId: string): Promise<void> {
    await db
      .insertInto('visit')
      .values(toRow(clinicId, v, actorId))
      .execute();
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<VisitRow | undefined> {
    const row = await db
      .selectFrom('visit')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toVisit(row);
  },

  /** A patient's visits, newest first, in one query. */
  async listByPatient(db: Kysely<Database>, clinicId: string, patientId: string): Promise<VisitRow[]> {
    const rows = await db
      .selectFrom('visit')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('visit_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toVisit);
  },

  /** The patient's visits for the timeline, newest first, with only the columns it shows. */
  async listTimeline(db: Kysely<Database>, clinicId: string, patientId: string): Promise<TimelineVisitRow[]> {
    const rows = await db
      .selectFrom('visit')
      .select(['id', 'visit_at', 'type', 'status', 'pain', 'summary', 'treated_category', 'treated_reason'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('visit_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      visitAt: r.visit_at,
      type: r.type as Visit['type'],
      status: r.status as Visit['status'],
      pain: r.pain,
      summary: fromJson(r.summary),
      treatedCategory: treatedCategoryOf(r),
    }));
  },

  /** Updates a draft only when the stored version is `expectedVersion` and it is still a draft. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    next: VisitRow,
    expectedVersion: number,
    actorId: string,
  ): Promise<boolean> {
    const {
      id: _i,
      clinic_id: _c,
      patient_id: _p,
      created_at: _t,
      ...values
    } = toRow(clinicId, next, actorId);
    const result = await db
      .updateTable('visit')
      .set(values)
      .where('clinic_id', '=', clinicId)
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  /** A page of the clinic's visits in id order, for backfills over visits of any number. */
  async pageByClinic(
    db: Kysely<Database>,
    clinicId: string,
    after: string,
    limit: number,
  ): Promise<VisitRow[]> {
    const rows = await db
      .selectFrom('visit')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toVisit);
  },

  /**
   * Replaces a visit's stored engine result, draft or signed, leaving everything charted (and the
   * version) as it is: the result is derived from the record, never part of it.
   */
  async replaceEngineResult(
    db: Kysely<Database>,
    clinicId: string,
    id: string,
    engine: EngineResult,
  ): Promise<void> {
    await db
      .updateTable('visit')
      .set(engineColumns(engine))
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .execute();
  },

  /**
   * Takes the visit row's write lock until the transaction ends (an update that changes nothing), so
   * concurrent addenda to one visit, from any number of server processes, take their numbers in turn.
   * On PostgreSQL this is the row lock; SQLite serialises write transactions anyway.
   */
  async lockForAddendum(db: Kysely<Database>, clinicId: string, visitId: string): Promise<void> {
    await db
      .updateTable('visit')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('clinic_id', '=', clinicId)
      .where('id', '=', visitId)
      .execute();
  },

  async insertAddendum(db: Kysely<Database>, clinicId: string, a: Addendum): Promise<void> {
    await db
      .insertInto('addendum')
      .values({
        id: a.id,
        clinic_id: clinicId,
        visit_id: a.visitId,
        seq: a.seq,
        author_id: a.authorId,
        text: a.text,
        signed_at: a.signedAt,
      })
      .execute();
  },

  /** Addenda in the order they were signed, each with the SHA-256 of its frozen PDF. */
  async listAddenda(db: Kysely<Database>, clinicId: string, visitId: string): Promise<Addendum[]> {
    const rows = await db
      .selectFrom('addendum')
      .leftJoin('signed_document as d', (join) =>
        join
          .onRef('d.clinic_id', '=', 'addendum.clinic_id')
          .onRef('d.visit_id', '=', 'addendum.visit_id')
          .onRef('d.seq', '=', 'addendum.seq')
          .on('d.kind', '=', 'addendum'),
      )
      .select([
        'addendum.id',
        'addendum.visit_id',
        'addendum.seq',
        'addendum.author_id',
        'addendum.text',
        'addendum.signed_at',
        'd.sha256',
      ])
      .where('addendum.clinic_id', '=', clinicId)
      .where('addendum.visit_id', '=', visitId)
      .orderBy('addendum.seq')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      seq: r.seq,
      authorId: r.author_id,
      text: r.text,
      signedAt: r.signed_at,
      ...(r.sha256 === null ? {} : { sha256: r.sha256 }),
    }));
  },
};
