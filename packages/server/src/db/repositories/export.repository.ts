import {
  storedConfirmedCoding,
  type Addendum,
  type Patient,
  type Visit,
  type VisitRecord,
} from '@sotchart/contract';
import type { Analysis, Finding } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromFlag, fromJson } from '../json';
import type { VisitSummary } from '../visit-summary';
import { toFinding } from './finding.repository';
import { treatedCategoryOf } from './visit.repository';

/** A patient as the CSV export lists it: the demographics (coverage is billing data, left out). */
export type PatientExportRow = Omit<Patient, 'version' | 'coverage' | 'language' | 'nameReading'>;

/** A visit as the CSV export lists it: the charted fields and the stored engine result's headline. */
export type VisitExportRow = Pick<
  Visit,
  | 'id'
  | 'patientId'
  | 'episodeId'
  | 'practitionerId'
  | 'visitAt'
  | 'type'
  | 'status'
  | 'chiefComplaint'
  | 'pain'
  | 'treatedCategory'
  | 'signedAt'
  | 'signedBy'
> & {
  readonly chartNumber: string;
  readonly category: string;
  readonly analysis: Analysis;
  /** The pre → post counts of the stored summary (rows stored before the summary have none). */
  readonly verification: VisitSummary['verification'] | undefined;
  /** The confirmed codes of the record (nothing confirmed for records charted before coding). */
  readonly coding: VisitRecord['coding'];
  readonly packRef: string;
  readonly engineVersion: string;
};

/** A finding as the CSV export lists it: the finding with its ids, its place in the visit and the visit's time. */
export interface FindingExportRow {
  readonly id: string;
  readonly visitId: string;
  readonly patientId: string;
  readonly visitAt: string;
  readonly position: number;
  readonly finding: Finding;
}

/**
 * Queries of the exports: pages of a clinic's rows in id order (keyset, so a page costs the same however
 * far into the table it is) and addenda of many visits at once.
 */
export const exportRepository = {
  /** Ids of the clinic's patients after `afterId`, in id order. */
  async patientIdsPage(
    db: Kysely<Database>,
    clinicId: string,
    afterId: string | null,
    limit: number,
  ): Promise<string[]> {
    const rows = await db
      .selectFrom('patient')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .$if(afterId !== null, (q) => q.where('id', '>', afterId as string))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  async patientRowsPage(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<PatientExportRow[]> {
    const rows = await db
      .selectFrom('patient')
      .select([
        'id',
        'chart_number',
        'given_name',
        'family_name',
        'date_of_birth',
        'sex',
        'phone',
        'email',
        'address',
        'occupation',
        'archived',
        'created_at',
        'updated_at',
      ])
      .where('clinic_id', '=', clinicId)
      .$if(patientId !== null, (q) => q.where('id', '=', patientId as string))
      .$if(afterId !== null, (q) => q.where('id', '>', afterId as string))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      chartNumber: r.chart_number,
      givenName: r.given_name,
      familyName: r.family_name,
      dateOfBirth: r.date_of_birth,
      sex: r.sex as Patient['sex'],
      phone: r.phone,
      email: r.email,
      address: r.address,
      occupation: r.occupation,
      archived: fromFlag(r.archived),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  },

  async visitRowsPage(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<VisitExportRow[]> {
    const rows = await db
      .selectFrom('visit')
      .innerJoin('patient', (j) =>
        j.onRef('patient.id', '=', 'visit.patient_id').onRef('patient.clinic_id', '=', 'visit.clinic_id'),
      )
      .select([
        'visit.id',
        'visit.patient_id',
        'patient.chart_number',
        'visit.episode_id',
        'visit.practitioner_id',
        'visit.visit_at',
        'visit.type',
        'visit.status',
        'visit.chief_complaint',
        'visit.pain',
        'visit.pack_ref',
        'visit.engine_version',
        'visit.category',
        'visit.analysis',
        'visit.summary',
        'visit.treated_category',
        'visit.treated_reason',
        'visit.record',
        'visit.signed_at',
        'visit.signed_by',
      ])
      .where('visit.clinic_id', '=', clinicId)
      .$if(patientId !== null, (q) => q.where('visit.patient_id', '=', patientId as string))
      .$if(afterId !== null, (q) => q.where('visit.id', '>', afterId as string))
      .orderBy('visit.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      patientId: r.patient_id,
      chartNumber: r.chart_number,
      episodeId: r.episode_id,
      practitionerId: r.practitioner_id,
      visitAt: r.visit_at,
      type: r.type as Visit['type'],
      status: r.status as Visit['status'],
      chiefComplaint: r.chief_complaint,
      pain: r.pain,
      category: r.category,
      analysis: fromJson<Analysis>(r.analysis),
      verification: fromJson<Partial<VisitSummary>>(r.summary).verification,
      treatedCategory: treatedCategoryOf(r),
      coding: storedConfirmedCoding(fromJson<Partial<VisitRecord>>(r.record).coding),
      packRef: r.pack_ref,
      engineVersion: r.engine_version,
      signedAt: r.signed_at,
      signedBy: r.signed_by,
    }));
  },

  async findingRowsPage(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<FindingExportRow[]> {
    const rows = await db
      .selectFrom('finding')
      .innerJoin('visit', (j) =>
        j.onRef('visit.id', '=', 'finding.visit_id').onRef('visit.clinic_id', '=', 'finding.clinic_id'),
      )
      .select([
        'finding.id',
        'finding.visit_id',
        'finding.patient_id',
        'visit.visit_at',
        'finding.position',
        'finding.phase',
        'finding.indicator',
        'finding.site',
        'finding.side',
        'finding.positive',
        'finding.grade',
        'finding.degrees',
        'finding.mm',
        'finding.symptom_reproduced',
        'finding.carried_forward',
        'finding.note',
      ])
      .where('finding.clinic_id', '=', clinicId)
      .$if(patientId !== null, (q) => q.where('finding.patient_id', '=', patientId as string))
      .$if(afterId !== null, (q) => q.where('finding.id', '>', afterId as string))
      .orderBy('finding.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      patientId: r.patient_id,
      visitAt: r.visit_at,
      position: r.position,
      finding: toFinding(r),
    }));
  },

  /** Addenda of several visits in one query, grouped by visit in signing order. */
  async addendaForVisits(
    db: Kysely<Database>,
    clinicId: string,
    visitIds: readonly string[],
  ): Promise<Map<string, Addendum[]>> {
    const byVisit = new Map<string, Addendum[]>();
    if (visitIds.length === 0) return byVisit;
    const rows = await db
      .selectFrom('addendum')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('visit_id', 'in', visitIds)
      .orderBy('visit_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const list = byVisit.get(r.visit_id) ?? [];
      list.push({
        id: r.id,
        visitId: r.visit_id,
        seq: r.seq,
        authorId: r.author_id,
        text: r.text,
        signedAt: r.signed_at,
      });
      byVisit.set(r.visit_id, list);
    }
    return byVisit;
  },
};
