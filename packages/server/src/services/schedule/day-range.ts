import { addDaysToDate, instantInZone } from '@sotchart/contract';
import { epochMinute } from '../../db/repositories/appointment.repository';

/**
 * The start minutes (epoch, UTC) of the clinic dates `from` to `to`, both included: from midnight
 * of `from` to midnight after `to` on the clinic's clock, so a day of 23 or 25 hours is read whole.
 */
export function dayRange(from: string, to: string, timeZone: string): { from: number; to: number } {
  return {
    from: epochMinute(instantInZone(from, 0, timeZone)),
    to: epochMinute(instantInZone(addDaysToDate(to, 1), 0, timeZone)),
  };
}
