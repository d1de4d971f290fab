import {
  addDaysToDate,
  instantInZone,
  isoWeekday,
  wallTimeInZone,
  type Appointment,
  type WorkingDay,
} from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { scheduleSettingsRepository } from '../db/repositories/schedule-settings.repository';
import { appointmentSeriesService } from '../services/appointment-series.service';
import { appointmentService } from '../services/appointment.service';
import { clinicTimeZone } from '../services/clinic.service';
import { patientService } from '../services/patient.service';
import { scheduleSettingsService } from '../services/schedule-settings.service';
import type { ServiceDeps } from '../services/service-deps';
import { visitService } from '../services/visit.service';
import { seedDemoArrivalQuestionnaires } from './demo-questionnaires';
import { planDemoWeeks, SlotBook, type WeekPatient } from './demo-week-plan';
import { chartDemoVisit, signDemoVisit, type SeededDemoPatient } from './seed-demo';

/** Dr Demo: Monday to Friday with an hour for lunch, Wednesday mornings only. */
const ownerHours: WorkingDay[] = [1, 2, 3, 4, 5].map((weekday) =>
  weekday === 3
    ? { weekday, start: '08:00', end: '12:00', breaks: [] }
    : { weekday, start: '08:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] },
);
/** The associate: later hours, lunch at one, Friday mornings only. */
const associateHours: WorkingDay[] = [1, 2, 3, 4, 5].map((weekday) =>
  weekday === 5
    ? { weekday, start: '09:00', end: '13:00', breaks: [] }
    : { weekday, start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] },
);

/** Patients kept out of this week's visits: the ones other samples and tests read as they are. */
const notThisWeek = new Set(['SOT-1001', 'SOT-1003']);

const at = (deps: ServiceDeps, instant: string, minutes: number): ServiceDeps => {
  const when = new Date(Date.parse(instant) + minutes * 60_000);
  return { ...deps, clock: () => when };
};

/** The Monday of the demo's week: this week's, or next week's when seeded at a weekend. */
function demoMonday(today: string): string {
  const weekday = isoWeekday(today);
  return weekday >= 6 ? addDaysToDate(today, 8 - weekday) : addDaysToDate(today, 1 - weekday);
}

/** How often a demo patient comes: acute care three times a week, maintenance once, the rest twice. */
function visitsPerWeek(p: SeededDemoPatient): 1 | 2 | 3 {
  if (p.demo.episode.phase === 'maintenance') return 1;
  return p.demo.episode.onset === 'acute' ? 3 : 2;
}

interface Booked {
  readonly appointment: Appointment;
  readonly patient: SeededDemoPatient | null;
}

/**
 * The demo's appointment book: a second practitioner's column (the user is made by the caller), a
 * room per treatment table and an exam room, both practitioners' working weeks, and this week and next
 * booked from care-plan series through the same services as the API (so the same clash checks and
 * audit rows apply): the regular patients, re-exams in the exam room, a new patient. What has happened
 * by `deps.clock()` has happened: earlier appointments were seen (the visit started from the
 * appointment, charted and signed), one did not show, the one in progress is charted, the next has
 * arrived; one was cancelled by phone the day before. Deterministic apart from the date and time.
 */
export async function seedDemoSchedule(
  deps: ServiceDeps,
  ctx: RequestContext,
  associate: RequestContext,
  patients: readonly SeededDemoPatient[],
): Promise<{ appointments: number; visits: number }> {
  const timeZone = await clinicTimeZone(deps.db, ctx.clinicId);
  const now = deps.clock();
  const today = wallTimeInZone(now.toISOString(), timeZone).date;
  const monday = demoMonday(today);
  // Set up, and every series booked, on the Friday afternoon before the week.
  const setUp = at(deps, instantInZone(addDaysToDate(monday, -3), 16 * 60, timeZone), 0);
  const room = (name: string) => scheduleSettingsService.createRoom(setUp, ctx, { name, active: true });
  const table1 = await room('Table 1');
  const table2 = await room('Table 2');
  const examRoom = await room('Exam room');
  await scheduleSettingsService.putHours(setUp, ctx, ctx.userId, { days: ownerHours, version: 0 });
  await scheduleSettingsService.putHours(setUp, ctx, associate.userId, { days: associateHours, version: 0 });
  const types = await scheduleSettingsRepository.listTypes(deps.db, ctx.clinicId);
  const typeOf = (kind: string) => {
    const type = types.find((t) => t.kind === kind && t.active);
    if (type === undefined) throw new Error(`the demo clinic has no ${kind} appointment type`);
    return type;
  };
  const practitioners = [
    { id: ctx.userId, days: ownerHours, tableId: table1.id },
    { id: associate.userId, days: associateHours, tableId: table2.id },
  ];

  // Every fourth regular is re-examined in these two weeks, the first of them today.
  const regulars = patients.filter((p) => p.demo.redFlag === null);
  const weekdays = Array.from({ length: 14 }, (_, d) => addDaysToDate(monday, d)).filter(
    (d) => isoWeekday(d) <= 5,
  );
  const todayIndex = Math.max(0, weekdays.indexOf(today));
  const week: WeekPatient[] = regulars.map((p, order) => ({
    patientId: p.patientId,
    episodeId: p.episodeId,
    visitsPerWeek: visitsPerWeek(p),
    fromWeek: notThisWeek.has(p.demo.patient.chartNumber ?? '') ? 1 : 0,
    reExamOn:
      order % 4 === 1 ? (weekdays[(todayIndex + Math.floor(order / 4)) % weekdays.length] ?? null) : null,
  }));
  const slots = new SlotBook();
  const plans = planDemoWeeks({
    monday,
    practitioners,
    examRoomId: examRoom.id,
    types: { followUp: typeOf('follow_up'), reExam: typeOf('re_exam') },
    patients: week,
    slots,
  });
  const regularOf = new Map(regulars.map((p) => [p.patientId, p]));
  const booked: Booked[] = [];
  for (const plan of plans) {
    const series = await appointmentSeriesService.book(setUp, ctx, plan.request);
    for (const appointment of series.appointments)
      booked.push({ appointment, patient: regularOf.get(appointment.patientId) ?? null });
  }

  // A new patient, booked by phone on Tuesday of the week before, for the afternoon of the demo's day.
  const newDay = weekdays[todayIndex] ?? monday;
  const newPatientType = typeOf('new_patient');
  const newTime = slots.firstFree(
    practitioners[0]!,
    [ctx.userId, examRoom.id],
    [newDay],
    newPatientType.minutes,
    14 * 60,
  );
  if (newTime !== null) {
    const phoned = at(deps, instantInZone(addDaysToDate(monday, -6), 10 * 60, timeZone), 0);
    const patient = await patientService.create(phoned, ctx, {
      chartNumber: 'SOT-1046',
      givenName: 'Priya',
      familyName: 'Natarajan',
      nameReading: null,
      language: null,
      dateOfBirth: '1988-06-14',
      sex: 'female',
      phone: '555-0156',
      email: 'priya.natarajan@example.com',
      address: '58 Harbour Road, Springfield, IL 62704',
      occupation: 'physiotherapy student',
      coverage: [],
    });
    const appointment = await appointmentService.create(phoned, ctx, {
      patientId: patient.id,
      practitionerId: ctx.userId,
      roomId: examRoom.id,
      typeId: newPatientType.id,
      episodeId: null,
      startAt: instantInZone(newDay, newTime, timeZone),
      note: 'Referred by a friend; low back pain since moving house.',
    });
    booked.push({ appointment, patient: null });
  }
  booked.sort((a, b) => a.appointment.startAt.localeCompare(b.appointment.startAt));
  const visits = await playOutTheWeek(deps, ctx, associate, booked, { today, timeZone });
  return { appointments: booked.length, visits };
}

/**
 * What happened up to now: the cancellation (the associate's second appointment of the demo's day,
 * called off the evening before), the no-show (the owner's second appointment on the last day before
 * today, or this morning's first if today is the first day), every appointment begun 45 minutes or
 * more ago seen and signed, the one in progress charted, the next arrived in the waiting room.
 */
async function playOutTheWeek(
  deps: ServiceDeps,
  owner: RequestContext,
  associate: RequestContext,
  booked: readonly Booked[],
  day: { readonly today: string; readonly timeZone: string },
): Promise<number> {
  const now = deps.clock().getTime();
  const dateOf = (a: Appointment) => wallTimeInZone(a.startAt, day.timeZone).date;
  const past = booked.filter((b) => Date.parse(b.appointment.startAt) <= now - 30 * 60_000);
  const earlierDay = past.filter((b) => dateOf(b.appointment) < day.today).at(-1);
  const noShowDay = earlierDay === undefined ? day.today : dateOf(earlierDay.appointment);
  const noShow = booked.filter(
    (b) => dateOf(b.appointment) === noShowDay && b.appointment.practitionerId === owner.userId,
  )[earlierDay === undefined ? 0 : 1];
  const cancelled = booked.filter(
    (b) => dateOf(b.appointment) === day.today && b.appointment.practitionerId === associate.userId,
  )[1];
  const seenThisWeek = new Map<string, number>();
  // Each regular answers their questionnaires in the waiting room on arriving for the week's first visit.
  const answeredThisWeek = new Set<string>();
  let visits = 0;
  for (const b of booked) {
    const a = b.appointment;
    const ctx = a.practitionerId === owner.userId ? owner : associate;
    const start = Date.parse(a.startAt);
    if (b === cancelled) {
      await appointmentService.changeStatus(at(deps, a.startAt, -15 * 60), owner, a.id, {
        status: 'cancelled',
        reason: 'Called to cancel: a sick child at home',
        version: a.version,
      });
      continue;
    }
    if (b === noShow && past.includes(b)) {
      await appointmentService.changeStatus(at(deps, a.startAt, 20), owner, a.id, {
        status: 'no_show',
        version: a.version,
      });
      continue;
    }
    // Patients come in ten minutes early; the front desk marks them arrived.
    if (start - 10 * 60_000 > now) continue;
    const arrived = await appointmentService.changeStatus(at(deps, a.startAt, -10), owner, a.id, {
      status: 'arrived',
      version: a.version,
    });
    const arrivedFirst = b.patient !== null && !answeredThisWeek.has(b.patient.patientId);
    if (b.patient !== null && arrivedFirst) {
      answeredThisWeek.add(b.patient.patientId);
      const answeredAt = at(deps, a.startAt, -8);
      await seedDemoArrivalQuestionnaires(
        answeredAt,
        owner,
        b.patient.patientId,
        b.patient.demo,
        b.patient.index,
        answeredAt.clock().toISOString(),
      );
    }
    if (start > now || b.patient === null) continue;
    const started = await appointmentService.startVisit(at(deps, a.startAt, 2), ctx, arrived.id);
    visits += 1;
    // Charted a few minutes into the visit, signed at its end: as far as the clock has gone.
    if (now - start < 20 * 60_000) continue;
    const p = b.patient;
    const visit = await visitService.get(at(deps, a.startAt, 3), ctx, started.visitId);
    const seen = seenThisWeek.get(p.patientId) ?? 0;
    seenThisWeek.set(p.patientId, seen + 1);
    const charted = await chartDemoVisit(deps, ctx, visit, p.demo, {
      n: p.demo.course.length + seen,
      index: p.index,
      // The course goes on at the category it had come to.
      category: p.demo.course.at(-1) ?? 'I',
      stages: p.stages,
    });
    if (now - start >= 45 * 60_000) await signDemoVisit(deps, ctx, charted);
  }
  return visits;
}
