import { ErrorCode, wallTimeInZone, timeOfDay } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
import { hasErrorCode } from '../../api/api-error';
import { shortDay } from './book-dates';

const instantPattern = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g;

/** An error detail's UTC instants rewritten as the clinic's clock shows them ("Mon 3 Mar 09:00"). */
export function inClinicTime(message: string, timeZone: string): string {
  return message.replace(instantPattern, (iso) => {
    const wall = wallTimeInZone(iso, timeZone);
    return `${shortDay(wall.date)} ${timeOfDay(wall.minutes)}`;
  });
}

/** The clashes a 409 SLOT_TAKEN names, by the path of what clashed (`startAt`, `occurrences.3`). */
export function slotClashes(error: unknown, timeZone: string): { path: string; message: string }[] {
  if (!hasErrorCode(error, ErrorCode.SLOT_TAKEN)) return [];
  return error.details.map((d) => ({ path: d.path, message: inClinicTime(d.message, timeZone) }));
}

/** One sentence for a booking that failed: the clash in clinic time, a conflict, or the server's message. */
export function bookingErrorText(error: unknown, timeZone: string, t: TFunction<'schedule'>): string {
  const clashes = slotClashes(error, timeZone).map((c) => c.message);
  const [first, ...rest] = clashes;
  if (first !== undefined)
    return t('error.slotTakenBy', {
      clashes: rest.reduce((previous, next) => t('error.clashAnd', { previous, next }), first),
    });
  if (hasErrorCode(error, ErrorCode.SLOT_TAKEN)) return t('error.slotTaken');
  if (hasErrorCode(error, ErrorCode.VERSION_CONFLICT)) return t('error.conflict');
  return error instanceof Error ? error.message : t('error.notSaved');
}
