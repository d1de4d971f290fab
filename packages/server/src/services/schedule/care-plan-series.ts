import { addDaysToDate, timeOfDay, minutesOfDay, type SeriesRequest } from '@sotchart/contract';
// rrule ships a UMD bundle for Node, whose names come through the default import only.
import rrule from 'rrule';
import { validationFailed } from '../../errors';

const { RRule, RRuleSet } = rrule;

/** One appointment of a series, on the clinic's clock (converted to instants by the caller). */
export interface PlannedOccurrence {
  /** The date the rule gave it; null for the re-examination, which is not an occurrence of the rule. */
  readonly ruleDate: string | null;
  readonly date: string;
  /** Minutes after midnight. */
  readonly minutes: number;
  readonly reExam: boolean;
}

export interface PlannedSeries {
  /** The recurrence as iCalendar text (DTSTART, RRULE, EXDATE, RDATE), kept with the series. */
  readonly rule: string;
  readonly occurrences: readonly PlannedOccurrence[];
}

const weekdayOf = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/**
 * A wall-clock date and time as rrule's "floating" value: a Date whose UTC fields are the clinic's
 * clock. rrule then counts days and weeks without any time zone, and each occurrence is turned into
 * an instant in the clinic's zone afterwards, so a series keeps its 09:00 across a daylight-saving
 * change instead of drifting an hour.
 */
const floating = (date: string, minutes: number): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);

const wallOf = (d: Date): { date: string; minutes: number } => ({
  date: d.toISOString().slice(0, 10),
  minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
});

/**
 * The appointments of a care-plan series: weekly on the chosen weekdays at one time, from the first
 * date for the given number of weeks; dates in `skip` left out and `moves` booked at their new date
 * and time (the rule's exceptions, EXDATE and RDATE); then the re-examination on its own date. A skip
 * or move naming a date the rule does not give is a 400 naming it, never silently ignored.
 */
export function planSeries(request: SeriesRequest): PlannedSeries {
  const time = minutesOfDay(request.time);
  const lastDate = addDaysToDate(request.firstDate, request.weeks * 7 - 1);
  const weekly = new RRule({
    freq: RRule.WEEKLY,
    dtstart: floating(request.firstDate, time),
    until: floating(lastDate, 24 * 60 - 1),
    byweekday: [...request.weekdays].sort((a, b) => a - b).map((d) => weekdayOf[d - 1]!),
    wkst: RRule.MO,
  });
  const ruleDates = new Set(weekly.all().map((d) => wallOf(d).date));
  const problems = [
    ...request.skip.map((date, i) => ({ date, path: `skip.${i}` })),
    ...request.moves.map((m, i) => ({ date: m.date, path: `moves.${i}.date` })),
  ]
    .filter(({ date }) => !ruleDates.has(date))
    .map(({ path }) => ({ path, message: 'is not a date of this series' }));
  if (problems.length > 0) throw validationFailed(problems);

  const set = new RRuleSet();
  set.rrule(weekly);
  for (const date of [...request.skip, ...request.moves.map((m) => m.date)]) set.exdate(floating(date, time));
  const skipped = new Set(request.skip);
  const moves = request.moves.filter((m) => !skipped.has(m.date));
  for (const m of moves) set.rdate(floating(m.toDate, minutesOfDay(m.toTime)));

  const movedFrom = new Map(moves.map((m) => [`${m.toDate} ${m.toTime}`, m.date]));
  const occurrences: PlannedOccurrence[] = set.all().map((d) => {
    const wall = wallOf(d);
    const from = movedFrom.get(`${wall.date} ${timeOfDay(wall.minutes)}`);
    return { ruleDate: from ?? wall.date, date: wall.date, minutes: wall.minutes, reExam: false };
  });
  if (request.reExam !== null)
    occurrences.push({
      ruleDate: null,
      date: request.reExam.date,
      minutes: minutesOfDay(request.reExam.time),
      reExam: true,
    });
  occurrences.sort((a, b) => a.date.localeCompare(b.date) || a.minutes - b.minutes);
  return { rule: set.toString(), occurrences };
}
