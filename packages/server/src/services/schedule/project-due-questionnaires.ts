import type { OutcomeSchedule, OutcomeSettings } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import { addDays } from '../clinic-date';

/** An appointment of a series, in date order, as the projection needs it. */
export interface ProjectedVisit {
  readonly date: string;
  readonly reExam: boolean;
}

/**
 * Which questionnaires fall due at which appointments of a series not yet booked: each tracked
 * instrument is marked at the first appointment on or after its next due date, then assumed given
 * there, so the next one is due `intervalDays` later (interval mode) or at the next re-examination
 * (re-exam mode). The same rules as the clinic's schedule (outcome-schedule.ts), run forward.
 */
export function projectDueQuestionnaires(
  schedule: Pick<OutcomeSchedule, 'items'>,
  settings: Pick<OutcomeSettings, 'mode' | 'intervalDays'>,
  visits: readonly ProjectedVisit[],
): InstrumentId[][] {
  const marked: InstrumentId[][] = visits.map(() => []);
  for (const item of schedule.items) {
    let due = item.dueDate;
    visits.forEach((visit, i) => {
      if (due === null || visit.date < due) return;
      marked[i]!.push(item.instrumentId);
      due =
        settings.mode === 'interval'
          ? addDays(visit.date, settings.intervalDays)
          : (visits.find((v) => v.reExam && v.date > visit.date)?.date ?? null);
    });
  }
  return marked;
}
