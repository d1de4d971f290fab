import {
  addDaysToDate,
  isoWeekday,
  minutesOfDay,
  timeOfDay,
  type SeriesRequest,
  type WorkingDay,
} from '@sotchart/contract';
import { withinWorkingHours } from '../services/schedule/working-hours';

/** One practitioner as the planner books them: their week and the treatment table they work at. */
export interface PlannedPractitioner {
  readonly id: string;
  readonly days: readonly WorkingDay[];
  readonly tableId: string;
}

/** A patient to book a care-plan series for over the demo's two weeks. */
export interface WeekPatient {
  readonly patientId: string;
  readonly episodeId: string;
  readonly visitsPerWeek: 1 | 2 | 3;
  /** 0 from this week's Monday; 1 from next week's (patients kept clear of this week). */
  readonly fromWeek: 0 | 1;
  /** Re-examined on this date, in the exam room, in place of that day's visit. */
  readonly reExamOn: string | null;
}

export interface WeekTypes {
  readonly followUp: { readonly id: string; readonly minutes: number };
  readonly reExam: { readonly id: string; readonly minutes: number };
}

/**
 * Which slots are taken: a practitioner's, a table's or the exam room's time on a date, by minute.
 * Every length the demo books is a multiple of 15 minutes and every start on a quarter hour.
 */
export class SlotBook {
  private readonly taken = new Set<string>();

  free(resources: readonly string[], date: string, start: number, minutes: number): boolean {
    for (let m = start; m < start + minutes; m += 15)
      if (resources.some((r) => this.taken.has(`${r} ${date} ${m}`))) return false;
    return true;
  }

  take(resources: readonly string[], date: string, start: number, minutes: number): void {
    for (let m = start; m < start + minutes; m += 15)
      for (const r of resources) this.taken.add(`${r} ${date} ${m}`);
  }

  /**
   * The first quarter hour, from `from` round the working day, when the practitioner works and all
   * `resources` are free for `minutes` on every one of `dates`; null when there is none.
   */
  firstFree(
    practitioner: PlannedPractitioner,
    resources: readonly string[],
    dates: readonly string[],
    minutes: number,
    from: number,
  ): number | null {
    const opens = Math.min(...practitioner.days.map((d) => minutesOfDay(d.start)));
    const closes = Math.max(...practitioner.days.map((d) => minutesOfDay(d.end)));
    const count = Math.floor((closes - opens) / 15);
    const first = Math.floor((from - opens) / 15);
    for (let i = 0; i < count; i += 1) {
      const quarter = (((first + i) % count) + count) % count;
      const start = opens + quarter * 15;
      const fits = dates.every(
        (date) =>
          withinWorkingHours(practitioner.days, date, start, start + minutes) &&
          this.free(resources, date, start, minutes),
      );
      if (fits) return start;
    }
    return null;
  }
}

/** The weekday patterns a care plan of so many visits a week may be booked on (ISO, Monday 1). */
const patterns: Readonly<Record<1 | 2 | 3, readonly (readonly number[])[]>> = {
  3: [
    [1, 3, 5],
    [1, 2, 4],
    [2, 4, 5],
  ],
  2: [
    [1, 4],
    [2, 4],
    [2, 5],
    [1, 3],
    [3, 5],
    [2, 3],
  ],
  1: [[1], [2], [3], [4], [5]],
};

/** Minutes a practitioner sees patients on a weekday: hours less breaks. */
function workingMinutes(days: readonly WorkingDay[], weekday: number): number {
  const day = days.find((d) => d.weekday === weekday);
  if (day === undefined) return 0;
  const breaks = day.breaks.reduce((sum, b) => sum + minutesOfDay(b.end) - minutesOfDay(b.start), 0);
  return minutesOfDay(day.end) - minutesOfDay(day.start) - breaks;
}

/** The pattern whose days are the least booked so far for their hours, so every day fills alike. */
function leastBooked(
  load: Map<string, number>,
  practitioner: PlannedPractitioner,
  visitsPerWeek: 1 | 2 | 3,
): readonly number[] {
  const fill = (weekday: number): number =>
    (load.get(`${practitioner.id} ${weekday}`) ?? 0) /
    Math.max(1, workingMinutes(practitioner.days, weekday));
  const cost = (days: readonly number[]): number => Math.max(...days.map(fill));
  return patterns[visitsPerWeek].reduce((best, days) => (cost(days) < cost(best) ? days : best));
}

/**
 * The series requests that book `patients` over the two weeks from `monday`: each patient with one
 * practitioner (alternately), weekly on the weekdays least booked so far, at one time, at that practitioner's table; a
 * patient's re-exam takes the exam room in place of that day's visit. Times are spread round the day
 * (each patient starts its search at a different hour) and never overlap, for a practitioner or a room.
 */
export function planDemoWeeks(input: {
  readonly monday: string;
  readonly practitioners: readonly PlannedPractitioner[];
  readonly examRoomId: string;
  readonly types: WeekTypes;
  readonly patients: readonly WeekPatient[];
  readonly slots: SlotBook;
}): { readonly practitionerId: string; readonly request: SeriesRequest }[] {
  const { monday, types, slots } = input;
  const load = new Map<string, number>();
  return input.patients.flatMap((patient, order) => {
    const practitioner = input.practitioners[order % input.practitioners.length]!;
    const weekdays = [...leastBooked(load, practitioner, patient.visitsPerWeek)];
    for (const weekday of weekdays)
      load.set(`${practitioner.id} ${weekday}`, (load.get(`${practitioner.id} ${weekday}`) ?? 0) + 15);
    const firstDate = addDaysToDate(monday, 7 * patient.fromWeek);
    const weeks = 2 - patient.fromWeek;
    const ruleDates = Array.from({ length: weeks * 7 }, (_, d) => addDaysToDate(firstDate, d)).filter((d) =>
      weekdays.includes(isoWeekday(d)),
    );
    const reExamDate =
      patient.reExamOn !== null && ruleDates.includes(patient.reExamOn) ? patient.reExamOn : null;
    const visitDates = ruleDates.filter((d) => d !== reExamDate);
    const table = [practitioner.id, practitioner.tableId];
    const from = 8 * 60 + ((order * 7) % 40) * 15;
    const time = slots.firstFree(practitioner, table, visitDates, types.followUp.minutes, from);
    if (time === null) return [];
    for (const date of visitDates) slots.take(table, date, time, types.followUp.minutes);
    const exam = [practitioner.id, input.examRoomId];
    const reExamTime =
      reExamDate === null
        ? null
        : slots.firstFree(practitioner, exam, [reExamDate], types.reExam.minutes, from + 60);
    if (reExamDate !== null && reExamTime !== null)
      slots.take(exam, reExamDate, reExamTime, types.reExam.minutes);
    const withReExam = reExamDate !== null && reExamTime !== null;
    return [
      {
        practitionerId: practitioner.id,
        request: {
          patientId: patient.patientId,
          episodeId: patient.episodeId,
          practitionerId: practitioner.id,
          roomId: practitioner.tableId,
          typeId: types.followUp.id,
          firstDate,
          time: timeOfDay(time),
          weekdays,
          weeks,
          skip: withReExam ? [reExamDate] : [],
          moves: [],
          reExam: withReExam
            ? { date: reExamDate, time: timeOfDay(reExamTime), typeId: types.reExam.id }
            : null,
        },
      },
    ];
  });
}
