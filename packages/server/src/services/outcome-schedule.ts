import type { OutcomeSchedule, OutcomeSettings, ScheduleItem } from '@sotchart/contract';
import { instrumentIds, type InstrumentId } from '@sotchart/engine';
import { addDays } from './clinic-date';

/** What the schedule needs to know of an episode, its visits and its questionnaires (dates in the clinic's zone). */
export interface ScheduleInput {
  readonly today: string;
  readonly settings: Pick<OutcomeSettings, 'mode' | 'intervalDays' | 'instruments'>;
  readonly episode: {
    readonly id: string;
    readonly startDate: string;
    readonly reExamDate: string | null;
  } | null;
  /** The episode's visits. */
  readonly visits: readonly { readonly date: string; readonly type: string }[];
  /** The episode's questionnaires; only complete ones count as given. */
  readonly responses: readonly {
    readonly instrumentId: InstrumentId;
    readonly date: string;
    readonly administeredAt: string;
    readonly complete: boolean;
  }[];
}

const statusOn = (today: string, due: string | null): ScheduleItem['status'] =>
  due === null ? 'unscheduled' : today < due ? 'upcoming' : today === due ? 'due' : 'overdue';

/**
 * When each tracked questionnaire is next due in the open episode. The baseline is due at the
 * episode's first visit (its start date before any visit); after that, a follow-up is due
 * `intervalDays` after the last one (`interval`), or at the first re-exam after it — a re-exam visit
 * or the plan's re-exam date (`re_exam`). A due date that has passed is overdue. Tracked instruments
 * are the clinic's list plus any already given in the episode.
 *
 * Source: clinical-notes §2 (NDI author: baseline then every 2 weeks; Palmetto: re-administer to show
 * effectiveness); issue 9.
 */
export function outcomeSchedule(patientId: string, input: ScheduleInput): OutcomeSchedule {
  const { today, settings, episode } = input;
  const base = { patientId, mode: settings.mode, today };
  if (episode === null) return { ...base, episodeId: null, items: [], overdue: false, due: false };
  const given = new Set(input.responses.filter((r) => r.complete).map((r) => r.instrumentId));
  const tracked = instrumentIds.filter((id) => settings.instruments.includes(id) || given.has(id));
  const visitDates = input.visits.map((v) => v.date).sort();
  const firstVisit = visitDates[0] ?? episode.startDate;
  const items = tracked.map((instrumentId): ScheduleItem => {
    const done = input.responses
      .filter((r) => r.instrumentId === instrumentId && r.complete)
      .sort((a, b) => (a.administeredAt < b.administeredAt ? -1 : 1));
    const last = done[done.length - 1];
    if (last === undefined) {
      return {
        instrumentId,
        kind: 'baseline',
        dueDate: firstVisit,
        status: statusOn(today, firstVisit),
        lastAdministeredAt: null,
      };
    }
    const due =
      settings.mode === 'interval'
        ? addDays(last.date, settings.intervalDays)
        : ([
            ...input.visits.filter((v) => v.type === 're_exam').map((v) => v.date),
            ...(episode.reExamDate === null ? [] : [episode.reExamDate]),
          ]
            .filter((d) => d > last.date)
            .sort()[0] ?? null);
    return {
      instrumentId,
      kind: 'follow_up',
      dueDate: due,
      status: statusOn(today, due),
      lastAdministeredAt: last.administeredAt,
    };
  });
  return {
    ...base,
    episodeId: episode.id,
    items,
    overdue: items.some((i) => i.status === 'overdue'),
    due: items.some((i) => i.status === 'due'),
  };
}
