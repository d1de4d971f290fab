// The rows of the day-list benchmark's clinic: patients with an episode, a few visits, questionnaires
// and a consent (so the day list's "what is due" has records to read), and appointments spread over
// about three years with one measured day holding exactly `measuredDayCount` of them.
import type { Insertable } from 'kysely';
import { addDaysToDate } from '@sotchart/contract';
import type {
  AppointmentTable,
  ConsentTable,
  EpisodeTable,
  PatientTable,
  QuestionnaireResponseTable,
  VisitTable,
} from '@sotchart/server/db/database';
import { epochMinute } from '@sotchart/server/db/repositories/appointment.repository';
import { familyName } from './generate-rows';

/** One table's rows, ready for a bulk insert. */
export type TableRows =
  | { readonly table: 'patient'; readonly rows: Insertable<PatientTable>[] }
  | { readonly table: 'episode'; readonly rows: Insertable<EpisodeTable>[] }
  | { readonly table: 'visit'; readonly rows: Insertable<VisitTable>[] }
  | { readonly table: 'questionnaire_response'; readonly rows: Insertable<QuestionnaireResponseTable>[] }
  | { readonly table: 'consent'; readonly rows: Insertable<ConsentTable>[] }
  | { readonly table: 'appointment'; readonly rows: Insertable<AppointmentTable>[] };

export interface DayListRowsOptions {
  readonly clinicId: string;
  readonly ownerId: string;
  readonly practitionerIds: readonly string[];
  /** One room (treatment table) per practitioner, in the same order. */
  readonly roomIds: readonly string[];
  /** Appointment type ids: new patient, follow-up, re-examination. */
  readonly typeIds: { readonly newPatient: string; readonly followUp: string; readonly reExam: string };
  readonly patients: number;
  readonly appointments: number;
  readonly measuredDate: string;
  readonly measuredDayCount: number;
  /** Days of appointments, the measured day included; a fifth of them after it. */
  readonly spanDays: number;
  readonly batch: number;
}

export const visitsPerPatient = 3;
/** Slots of 15 minutes from 08:00 to 18:00 (UTC, the benchmark clinic's zone) per practitioner. */
const slotsPerDay = 40;
const slotMinutes = 15;
const day = 86_400_000;

/**
 * A UUID-shaped id made from a kind (which table) and an index, so rows can refer to each other
 * across batches without a lookup, and every build holds the same ids.
 */
export function benchId(kind: number, index: number): string {
  return `d1${kind.toString(16).padStart(6, '0')}-0000-7000-8000-${index.toString(16).padStart(12, '0')}`;
}
const kinds = { patient: 1, episode: 2, visit: 3, response: 4, consent: 5, appointment: 6, dayVisit: 7 };

/** The appointments of each day: the measured day exactly its count, the others the rest evenly. */
export function dayCounts(options: DayListRowsOptions): { date: string; count: number }[] {
  const first = addDaysToDate(options.measuredDate, -Math.round(options.spanDays * 0.8));
  const others = options.spanDays - 1;
  const rest = options.appointments - options.measuredDayCount;
  const base = Math.floor(rest / others);
  let extra = rest - base * others;
  const counts: { date: string; count: number }[] = [];
  for (let d = 0; d < options.spanDays; d += 1) {
    const date = addDaysToDate(first, d);
    const count = date === options.measuredDate ? options.measuredDayCount : base + (extra-- > 0 ? 1 : 0);
    if (count > options.practitionerIds.length * slotsPerDay)
      throw new Error(
        `${count} appointments on ${date} do not fit ${options.practitionerIds.length} practitioners`,
      );
    counts.push({ date, count });
  }
  return counts;
}

/** Yields patients with their episode, visits, questionnaires and consent, `batch` patients at a time. */
export function* patientRows(options: DayListRowsOptions): Generator<TableRows> {
  let random = 0x2f6b;
  const next = (): number => {
    random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0;
    return random / 4294967296;
  };
  const firstVisit = Date.parse(`${addDaysToDate(options.measuredDate, -200)}T09:00:00Z`);
  for (let first = 0; first < options.patients; first += options.batch) {
    const last = Math.min(options.patients, first + options.batch);
    const patient: Insertable<PatientTable>[] = [];
    const episode: Insertable<EpisodeTable>[] = [];
    const visit: Insertable<VisitTable>[] = [];
    const response: Insertable<QuestionnaireResponseTable>[] = [];
    const consent: Insertable<ConsentTable>[] = [];
    for (let i = first; i < last; i += 1) {
      const family = familyName(next);
      const given = ['Ava', 'Noah', 'Mia', 'Omar', 'Priya', 'Kenji', 'Leila', 'Tomas'][i % 8] as string;
      const start = firstVisit + Math.floor(next() * 150) * day;
      const at = new Date(start).toISOString();
      const patientId = benchId(kinds.patient, i);
      const episodeId = benchId(kinds.episode, i);
      patient.push({
        id: patientId,
        clinic_id: options.clinicId,
        chart_number: `D${String(i + 1).padStart(7, '0')}`,
        given_name: given,
        family_name: family,
        search_name: `${family} ${given}`.toLowerCase(),
        date_of_birth: `${1940 + (i % 70)}-0${1 + (i % 9)}-1${i % 10}`,
        sex: i % 2 === 0 ? 'female' : 'male',
        phone: null,
        email: null,
        address: null,
        occupation: null,
        history: '{"conditions":[],"surgeries":[],"medications":[],"allergies":[]}',
        notes: '',
        archived: 0,
        created_at: at,
        updated_at: at,
        updated_by: options.ownerId,
        version: 1,
      });
      episode.push({
        id: episodeId,
        clinic_id: options.clinicId,
        patient_id: patientId,
        start_date: at.slice(0, 10),
        end_date: null,
        complaint: 'Low back pain',
        onset: 'subacute',
        phase: 'active',
        abn_date: null,
        plan: JSON.stringify({
          visitsPerWeek: 2,
          durationWeeks: 8,
          goals: [],
          reExamDate: new Date(start + 28 * day).toISOString().slice(0, 10),
        }),
        diagnoses: '[]',
        created_at: at,
        updated_at: at,
        updated_by: options.ownerId,
        version: 1,
      });
      for (let v = 0; v < visitsPerPatient; v += 1) {
        const visitAt = new Date(start + v * 7 * day).toISOString();
        // The newest visit of every third patient is left unsigned, so "unsigned note" comes up.
        const draft = v === visitsPerPatient - 1 && i % 3 === 0;
        visit.push(
          visitRow(options, benchId(kinds.visit, i * visitsPerPatient + v), patientId, episodeId, {
            at: visitAt,
            type: v === 0 ? 'new_patient' : 'follow_up',
            draft,
          }),
        );
      }
      // A baseline NPRS and ODI at the first visit; every other patient has a second pair two weeks on.
      for (let q = 0; q < (i % 2 === 0 ? 4 : 2); q += 1) {
        const administeredAt = new Date(start + (q < 2 ? 0 : 14 * day) - 600_000).toISOString();
        response.push({
          id: benchId(kinds.response, i * 4 + q),
          clinic_id: options.clinicId,
          patient_id: patientId,
          episode_id: episodeId,
          instrument_id: q % 2 === 0 ? 'nprs' : 'odi',
          instrument_version: '1',
          administered_at: administeredAt,
          source: 'staff',
          kiosk_link_id: null,
          entered_by: options.ownerId,
          status: 'complete',
          value: 5,
          band: null,
          score: '{}',
          engine_version: 'bench',
          created_at: administeredAt,
        });
      }
      // Four in five have consented to treatment; the day list asks the rest.
      if (i % 5 !== 4)
        consent.push({
          id: benchId(kinds.consent, i),
          clinic_id: options.clinicId,
          patient_id: patientId,
          type: 'treatment',
          date: at.slice(0, 10),
          signed_by: `${given} ${family}`,
          note: '',
          created_at: at,
          created_by: options.ownerId,
        });
    }
    yield { table: 'patient', rows: patient };
    yield { table: 'episode', rows: episode };
    yield { table: 'visit', rows: visit };
    yield { table: 'questionnaire_response', rows: response };
    yield { table: 'consent', rows: consent };
  }
}

/** A visit row: only what the day list reads is real; the engine's columns hold empty results. */
function visitRow(
  options: DayListRowsOptions,
  id: string,
  patientId: string,
  episodeId: string,
  v: { at: string; type: string; draft: boolean },
): Insertable<VisitTable> {
  return {
    id,
    clinic_id: options.clinicId,
    patient_id: patientId,
    episode_id: episodeId,
    practitioner_id: options.ownerId,
    visit_at: v.at,
    type: v.type,
    status: v.draft ? 'draft' : 'signed',
    chief_complaint: '',
    pain: 4,
    engine_version: 'bench',
    pack_ref: 'sot-standard',
    category: 'I',
    analysis: '{}',
    plan: null,
    verification: '{}',
    summary: '{}',
    cmrt: '{}',
    heel_lift: null,
    coding: null,
    treated_category: null,
    treated_reason: null,
    overrides: '[]',
    record: '{}',
    signed_at: v.draft ? null : v.at,
    signed_by: v.draft ? null : options.ownerId,
    created_at: v.at,
    updated_at: v.at,
    updated_by: options.ownerId,
    version: v.draft ? 1 : 2,
  };
}

/** Where the measured day's appointment `k` stands: the morning seen, the afternoon still to come. */
function measuredStatus(k: number): { status: string; visit: 'draft' | 'signed' | null } {
  if (k < 6) return { status: 'in_room', visit: 'signed' };
  if (k < 10) return { status: 'in_room', visit: 'draft' };
  if (k < 13) return { status: 'arrived', visit: null };
  if (k === 13) return { status: 'no_show', visit: null };
  if (k === 14) return { status: 'cancelled', visit: null };
  return { status: 'booked', visit: null };
}

/**
 * Yields the appointments day by day, spread round the practitioners in 15-minute slots (so none
 * overlaps for a practitioner or a room), each for a patient picked by a stride that visits them all;
 * the measured day's visits (started from its morning appointments) come with them.
 */
export function* appointmentRows(options: DayListRowsOptions): Generator<TableRows> {
  const practitioners = options.practitionerIds.length;
  let serial = 0;
  let rows: Insertable<AppointmentTable>[] = [];
  for (const { date, count } of dayCounts(options)) {
    const opening = epochMinute(`${date}T08:00:00.000Z`);
    const past = date < options.measuredDate;
    const measured = date === options.measuredDate;
    const dayVisits: Insertable<VisitTable>[] = [];
    for (let k = 0; k < count; k += 1) {
      const p = k % practitioners;
      const start = opening + Math.floor(k / practitioners) * slotMinutes;
      const patientIndex = (serial * 7919) % options.patients;
      const patientId = benchId(kinds.patient, patientIndex);
      const episodeId = benchId(kinds.episode, patientIndex);
      const at = new Date(start * 60_000).toISOString();
      const roll = serial % 20;
      const { status, visit } = measured
        ? measuredStatus(k)
        : {
            status: roll === 0 ? 'no_show' : roll === 1 ? 'cancelled' : past ? 'in_room' : 'booked',
            visit: null,
          };
      const visitId = visit === null ? null : benchId(kinds.dayVisit, k);
      if (visitId !== null)
        dayVisits.push(
          visitRow(options, visitId, patientId, episodeId, {
            at,
            type: 'follow_up',
            draft: visit === 'draft',
          }),
        );
      const kind = serial % 17 === 0 ? 'newPatient' : serial % 11 === 0 ? 'reExam' : 'followUp';
      rows.push({
        id: benchId(kinds.appointment, serial),
        clinic_id: options.clinicId,
        patient_id: patientId,
        practitioner_id: options.practitionerIds[p] as string,
        room_id: options.roomIds[p] as string,
        type_id: options.typeIds[kind],
        episode_id: episodeId,
        series_id: null,
        visit_id: visitId,
        start_minute: start,
        end_minute: start + slotMinutes,
        takes_slot: status === 'no_show' || status === 'cancelled' ? 0 : 1,
        status,
        cancel_reason: status === 'cancelled' ? 'Patient unwell' : null,
        note: '',
        arrived_at: status === 'in_room' || status === 'arrived' ? at : null,
        created_at: at,
        updated_at: at,
        updated_by: options.ownerId,
        version: 1,
      });
      serial += 1;
    }
    // The measured day's visits go in before the appointments that name them.
    if (dayVisits.length > 0) yield { table: 'visit', rows: dayVisits };
    if (rows.length >= options.batch || measured) {
      yield { table: 'appointment', rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { table: 'appointment', rows };
}
