import { isoWeekday, type Weekday } from '@sotchart/contract';

// Visits spread through the week, e.g. 2 a week on Monday and Thursday, 3 on Monday, Wednesday, Friday.
const spreads: Readonly<Record<number, readonly Weekday[]>> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};

/**
 * The weekdays a plan of `visitsPerWeek` visits suggests (rounded to whole visits, at least one);
 * with no plan, the first date's own weekday.
 */
export function weekdaysForPlan(visitsPerWeek: number | null, firstDate: string): Weekday[] {
  if (visitsPerWeek === null || visitsPerWeek <= 0) return [isoWeekday(firstDate)];
  return [...(spreads[Math.min(7, Math.max(1, Math.round(visitsPerWeek)))] ?? [1])];
}
