import type { Addendum } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';

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
  ) {
    return db
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
  },

  async visitRowsPage(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ) {
    return db
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
  },

  async findingRowsPage(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string | null,
    afterId: string | null,
    limit: number,
  ) {
    return db
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
