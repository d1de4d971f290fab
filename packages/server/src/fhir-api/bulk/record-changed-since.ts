import type { PatientRecord } from '../../interop/fhir/export-record';

/**
 * True when anything in a patient's record changed at or after `since` (ISO instant): the patient,
 * an episode, a visit (its findings, signature and codes change the visit), an addendum, a
 * questionnaire or an appointment. SOT Chart keeps times per record row, not per FHIR resource, so
 * `_since` picks whole records: every resource of a changed record is exported again.
 */
export function recordChangedSince(record: PatientRecord, since: string): boolean {
  const after = (at: string) => new Date(at).getTime() >= new Date(since).getTime();
  return (
    after(record.patient.updatedAt) ||
    record.episodes.some((e) => after(e.updatedAt)) ||
    record.visits.some((v) => after(v.updatedAt)) ||
    [...record.addenda.values()].some((list) => list.some((a) => after(a.signedAt))) ||
    record.questionnaires.some((q) => after(q.completedAt)) ||
    (record.appointments ?? []).some((a) => after(a.updatedAt))
  );
}
