import { timeOfDay, type BookingEpisode, type ScheduleSettings } from '@sotchart/contract';
import type { SelectOption } from '../../ui/select-field';
import { formatCalendarDate } from '../../ui/date-format';

/** The active appointment types, with their kind and length. */
export const typeOptions = (settings: ScheduleSettings): SelectOption[] =>
  settings.appointmentTypes
    .filter((t) => t.active)
    .map((t) => ({ value: t.id, label: `${t.name}, ${t.minutes} min` }));

export const practitionerOptions = (settings: ScheduleSettings): SelectOption[] =>
  settings.practitioners.map((p) => ({ value: p.id, label: p.name }));

/** The active rooms, after "No room" (the empty value). */
export const roomOptions = (settings: ScheduleSettings): SelectOption[] => [
  { value: '', label: 'No room' },
  ...settings.rooms.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name })),
];

/** An episode named by its dates and plan: the front desk sees no complaint. */
export function episodeLabel(e: BookingEpisode): string {
  const plan = [
    e.visitsPerWeek === null ? null : `${e.visitsPerWeek} a week`,
    e.durationWeeks === null ? null : `for ${e.durationWeeks} weeks`,
  ]
    .filter(Boolean)
    .join(' ');
  const dates = `from ${formatCalendarDate(e.startDate)}${e.endDate === null ? '' : ` to ${formatCalendarDate(e.endDate)}`}`;
  return `Episode ${dates}${plan === '' ? '' : ` (${plan})`}`;
}

/** Quarter-hour times to offer in a time box's suggestions. */
export const quarterHours: readonly string[] = Array.from({ length: 96 }, (_, i) => timeOfDay(i * 15));
