import type { KioskSubmission } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, KioskSubmissionTable } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';

type Row = Selectable<KioskSubmissionTable>;
type Payload = Pick<KioskSubmission, 'intake' | 'consent'>;

function toSubmission(r: Row): KioskSubmission {
  const payload = fromJson<Payload>(r.payload);
  return {
    id: r.id,
    patientId: r.patient_id,
    kind: r.kind as KioskSubmission['kind'],
    submittedAt: r.submitted_at,
    intake: payload.intake,
    consent: payload.consent,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewed_by,
    consentId: r.consent_id,
    appliedToHistory: fromFlag(r.applied_to_history),
  };
}

export const kioskSubmissionRepository = {
  async insert(db: Kysely<Database>, clinicId: string, s: KioskSubmission, linkId: string): Promise<void> {
    await db
      .insertInto('kiosk_submission')
      .values({
        id: s.id,
        clinic_id: clinicId,
        patient_id: s.patientId,
        link_id: linkId,
        kind: s.kind,
        payload: toJson({ intake: s.intake, consent: s.consent } satisfies Payload),
        submitted_at: s.submittedAt,
        reviewed_at: null,
        reviewed_by: null,
        consent_id: null,
        applied_to_history: 0,
      })
      .execute();
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<KioskSubmission | undefined> {
    const row = await db
      .selectFrom('kiosk_submission')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toSubmission(row);
  },

  /** A patient's kiosk submissions, newest first. */
  async listByPatient(db: Kysely<Database>, clinicId: string, patientId: string): Promise<KioskSubmission[]> {
    const rows = await db
      .selectFrom('kiosk_submission')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toSubmission);
  },

  /** Marks a submission reviewed, only if no one has yet; false when someone reviewed it first. */
  async markReviewed(
    db: Kysely<Database>,
    clinicId: string,
    reviewed: Pick<KioskSubmission, 'id' | 'reviewedAt' | 'reviewedBy' | 'consentId' | 'appliedToHistory'>,
  ): Promise<boolean> {
    const result = await db
      .updateTable('kiosk_submission')
      .set({
        reviewed_at: reviewed.reviewedAt,
        reviewed_by: reviewed.reviewedBy,
        consent_id: reviewed.consentId,
        applied_to_history: toFlag(reviewed.appliedToHistory),
      })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', reviewed.id)
      .where('reviewed_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
