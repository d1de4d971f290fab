import type { StaleDraft } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';

export const draftRepository = {
  /**
   * A practitioner's draft visits timed before `before` (UTC ISO-8601, compared as text like every
   * stored time), oldest first, each with its patient's name and chart number, in one query.
   */
  async listBefore(
    db: Kysely<Database>,
    clinicId: string,
    practitionerId: string,
    before: string,
  ): Promise<StaleDraft[]> {
    const rows = await db
      .selectFrom('visit')
      .innerJoin('patient', (join) =>
        join.onRef('patient.id', '=', 'visit.patient_id').onRef('patient.clinic_id', '=', 'visit.clinic_id'),
      )
      .select([
        'visit.id',
        'visit.patient_id',
        'visit.visit_at',
        'visit.type',
        'patient.given_name',
        'patient.family_name',
        'patient.chart_number',
      ])
      .where('visit.clinic_id', '=', clinicId)
      .where('visit.practitioner_id', '=', practitionerId)
      .where('visit.status', '=', 'draft')
      .where('visit.visit_at', '<', before)
      .orderBy('visit.visit_at')
      .orderBy('visit.id')
      .execute();
    return rows.map((r) => ({
      visitId: r.id,
      patientId: r.patient_id,
      patientName: `${r.family_name}, ${r.given_name}`,
      chartNumber: r.chart_number,
      visitAt: r.visit_at,
      type: r.type as StaleDraft['type'],
    }));
  },
};
