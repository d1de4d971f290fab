import { timeOfDay, type BookingEpisode, type ScheduleSettings } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
import type { SelectOption } from '../../ui/select-field';
import { formatCalendarDate } from '../../ui/date-format';

/** The active appointment types, with their kind and length. */
export const typeOptions = (settings: ScheduleSettings, t: TFunction<'schedule'>): SelectOption[] =>
  settings.appointmentTypes
    .filter((type) => type.active)
    .map((type) => ({
      value: type.id,
      label: t('form.typeOption', { name: type.name, minutes: type.minutes }),
    }));

export const practitionerOptions = (settings: ScheduleSettings): SelectOption[] =>
  settings.practitioners.map((p) => ({ value: p.id, label: p.name }));

/** The active rooms, after "No room" (the empty value). */
export const roomOptions = (settings: ScheduleSettings, t: TFunction<'schedule'>): SelectOption[] => [
  { value: '', label: t('form.noRoom') },
  ...settings.rooms.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name })),
];

/** An episode's plan in words ("2 a week for 6 weeks"); null when it has none. */
function planText(e: BookingEpisode, t: TFunction<'schedule'>): string | null {
  if (e.visitsPerWeek !== null && e.durationWeeks !== null)
    return t('episode.planBoth', { visits: e.visitsPerWeek, weeks: e.durationWeeks });
  if (e.visitsPerWeek !== null) return t('episode.planVisits', { visits: e.visitsPerWeek });
  if (e.durationWeeks !== null) return t('episode.planWeeks', { weeks: e.durationWeeks });
  return null;
}

/** An episode named by its dates and plan: the front desk sees no complaint. */
export function episodeLabel(e: BookingEpisode, t: TFunction<'schedule'>): string {
  const start = formatCalendarDate(e.startDate);
  const dates =
    e.endDate === null
      ? t('episode.from', { start })
      : t('episode.fromTo', { start, end: formatCalendarDate(e.endDate) });
  const plan = planText(e, t);
  return plan === null ? dates : t('episode.withPlan', { dates, plan });
}

/** Quarter-hour times to offer in a time box's suggestions. */
export const quarterHours: readonly string[] = Array.from({ length: 96 }, (_, i) => timeOfDay(i * 15));
