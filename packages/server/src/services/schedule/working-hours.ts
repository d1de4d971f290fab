import { isoWeekday, minutesOfDay, type WorkingDay } from '@sotchart/contract';

/**
 * Whether `start`–`end` (minutes after midnight of `date`, the clinic's clock) lies inside the
 * practitioner's hours that day and clear of its breaks. A practitioner with no hours set at all is
 * never "outside hours": the clinic has not told us their week.
 */
export function withinWorkingHours(
  days: readonly WorkingDay[],
  date: string,
  start: number,
  end: number,
): boolean {
  if (days.length === 0) return true;
  const day = days.find((d) => d.weekday === isoWeekday(date));
  if (day === undefined) return false;
  if (start < minutesOfDay(day.start) || end > minutesOfDay(day.end)) return false;
  return day.breaks.every((b) => end <= minutesOfDay(b.start) || start >= minutesOfDay(b.end));
}
