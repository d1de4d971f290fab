import type { AppointmentDue, AppointmentKind, ConsentType, TreatmentPlan } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { fromJson } from '../../db/json';
import { dateInZone } from '../clinic-date';
import { outcomeSchedule } from '../outcome-schedule';
import { loadOutcomeSettings } from '../questionnaire-schedule.service';

/**
 * The consents the day list asks for before care: consent to treatment. Other consents (blocking,
 * cranial, imaging) depend on what the practitioner plans that day, so they stay the practitioner's
 * call on the consents screen.
 */
export const consentsAskedBeforeCare: readonly ConsentType[] = ['treatment'];

/** What the due list needs to know of one appointment. */
export interface DueQuery {
  readonly patientId: string;
  /** The appointment's clinic date. */
  readonly date: string;
  readonly kind: AppointmentKind;
  readonly episodeId: string | null;
  /** The visit started from the appointment, which is never "the last visit, unsigned". */
  readonly visitId: string | null;
}

/** The patients' episodes, visits, questionnaires and consents, read once for a whole day or week. */
async function loadRecords(db: Kysely<Database>, clinicId: string, patientIds: readonly string[]) {
  const ids = [...new Set(patientIds)];
  if (ids.length === 0) return { episodes: [], visits: [], responses: [], consents: [], signed: [] };
  const [episodes, visits, responses, consents, signed] = await Promise.all([
    db
      .selectFrom('episode')
      .select(['id', 'patient_id', 'start_date', 'end_date', 'plan'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', 'in', ids)
      .orderBy('start_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('visit')
      .select(['id', 'patient_id', 'episode_id', 'visit_at', 'type', 'status'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', 'in', ids)
      .orderBy('visit_at')
      .execute(),
    db
      .selectFrom('questionnaire_response')
      .select(['patient_id', 'episode_id', 'instrument_id', 'administered_at', 'status'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', 'in', ids)
      .orderBy('administered_at')
      .execute(),
    db
      .selectFrom('consent')
      .select(['patient_id', 'type'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', 'in', ids)
      .where('type', 'in', consentsAskedBeforeCare)
      .execute(),
    // Consents signed on the tablet that staff have not accepted into the record yet.
    db
      .selectFrom('kiosk_submission')
      .select(['patient_id', 'payload'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', 'in', ids)
      .where('kind', '=', 'consent')
      .where('reviewed_at', 'is', null)
      .execute(),
  ]);
  return { episodes, visits, responses, consents, signed };
}

/**
 * What is due at each appointment, on its own day: the questionnaires the clinic's schedule has due
 * or overdue, the episode's re-examination, the last visit's note if it is still unsigned, and the
 * consent to treatment if not given (and whether the patient has signed it on the tablet already). Reads every patient's records in four queries, whatever the
 * number of appointments.
 */
export async function dueAt(
  db: Kysely<Database>,
  clinicId: string,
  timeZone: string,
  queries: readonly DueQuery[],
): Promise<AppointmentDue[]> {
  const [settings, records] = await Promise.all([
    loadOutcomeSettings(db, clinicId),
    loadRecords(
      db,
      clinicId,
      queries.map((q) => q.patientId),
    ),
  ]);
  const byPatient = <T extends { patient_id: string }>(rows: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.patient_id);
      if (list === undefined) map.set(row.patient_id, [row]);
      else list.push(row);
    }
    return map;
  };
  const episodesOf = byPatient(records.episodes);
  const visitsOf = byPatient(records.visits);
  const responsesOf = byPatient(records.responses);
  const consentsOf = byPatient(records.consents);
  const signedOf = byPatient(
    records.signed.flatMap((row) => {
      const type = fromJson<{ consent: { text: { type: ConsentType } } | null }>(row.payload).consent?.text
        .type;
      return type === undefined ? [] : [{ patient_id: row.patient_id, type }];
    }),
  );

  return queries.map((q): AppointmentDue => {
    const episodes = episodesOf.get(q.patientId) ?? [];
    const episode =
      episodes.find((e) => e.id === q.episodeId) ?? episodes.find((e) => e.end_date === null) ?? null;
    const plan = episode === null ? null : fromJson<TreatmentPlan>(episode.plan);
    const visits = (visitsOf.get(q.patientId) ?? []).map((v) => ({
      ...v,
      date: dateInZone(v.visit_at, timeZone),
    }));
    const episodeVisits = visits.filter((v) => episode !== null && v.episode_id === episode.id);
    const schedule = outcomeSchedule(q.patientId, {
      today: q.date,
      settings,
      episode:
        episode === null
          ? null
          : { id: episode.id, startDate: episode.start_date, reExamDate: plan?.reExamDate ?? null },
      visits: episodeVisits.map((v) => ({ date: v.date, type: v.type })),
      responses: (responsesOf.get(q.patientId) ?? [])
        .filter((r) => episode !== null && r.episode_id === episode.id)
        .map((r) => ({
          instrumentId: r.instrument_id as InstrumentId,
          date: dateInZone(r.administered_at, timeZone),
          administeredAt: r.administered_at,
          complete: r.status === 'complete',
        })),
    });
    const reExamDate = plan?.reExamDate ?? null;
    const reExamDone = episodeVisits.some(
      (v) => v.type === 're_exam' && reExamDate !== null && v.date >= reExamDate && v.id !== q.visitId,
    );
    const lastBefore = visits.filter((v) => v.date < q.date && v.id !== q.visitId).at(-1);
    const given = new Set((consentsOf.get(q.patientId) ?? []).map((c) => c.type));
    const missing = consentsAskedBeforeCare.filter((type) => !given.has(type));
    const signed = new Set((signedOf.get(q.patientId) ?? []).map((c) => c.type));
    return {
      questionnaires: schedule.items
        .filter((i) => i.status === 'due' || i.status === 'overdue')
        .map((i) => i.instrumentId),
      reExam: q.kind === 're_exam' || (reExamDate !== null && reExamDate <= q.date && !reExamDone),
      unsignedVisitId: lastBefore?.status === 'draft' ? lastBefore.id : null,
      consentsMissing: missing,
      consentsToReview: missing.filter((type) => signed.has(type)),
    };
  });
}
