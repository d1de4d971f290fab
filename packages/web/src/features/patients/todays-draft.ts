import type { TimelineEntry } from '@sotchart/contract';
import { todayIn } from '../../ui/date-format';

/**
 * The patient's newest unsigned draft dated today in the clinic's time zone, if any: the visit a
 * practitioner pressing "New visit" most likely means to go back to.
 */
export function todaysDraft(
  entries: readonly TimelineEntry[],
  timeZone: string,
  now: Date = new Date(),
): TimelineEntry | undefined {
  const today = todayIn(timeZone, now);
  // Newest first, as the timeline sends them, so the first match is the latest.
  return entries.find((e) => e.status === 'draft' && todayIn(timeZone, new Date(e.visitAt)) === today);
}
