import {
  isoWeekday,
  minutesOfDay,
  wallTimeInZone,
  type AppointmentEntry,
  type ScheduleSettings,
} from '@sotchart/contract';

/** Whether the book has a column per practitioner or per room. */
export type ColumnMode = 'practitioner' | 'room';

/** One column of the grid: a clinic date and a practitioner or room (null: appointments with no room). */
export interface BookColumn {
  readonly key: string;
  readonly date: string;
  readonly resourceId: string | null;
  /** The practitioner's or room's name; null for the column of appointments with no room. */
  readonly label: string | null;
}

/** A shaded stretch of a practitioner's column: outside their hours, or a break. */
export interface OffHours {
  readonly start: number;
  readonly end: number;
  readonly kind: 'off' | 'break';
}

/** An appointment placed in the grid: its column and its wall-clock minutes in the clinic's zone. */
export interface PlacedEntry {
  readonly entry: AppointmentEntry;
  readonly columnKey: string;
  readonly start: number;
  readonly end: number;
  /** Side-by-side placement of appointments that overlap (double bookings, released ones). */
  readonly lane: number;
  readonly lanes: number;
}

export const columnKey = (date: string, resourceId: string | null): string => `${date}|${resourceId ?? ''}`;

/** The resource of an appointment in the given mode. */
export const resourceOf = (entry: AppointmentEntry, mode: ColumnMode): string | null =>
  mode === 'practitioner' ? entry.practitionerId : entry.roomId;

/** The columns for the dates shown: every active room or practitioner, or only the one asked for. */
export function bookColumns(
  settings: ScheduleSettings,
  dates: readonly string[],
  mode: ColumnMode,
  only: string | null,
  entries: readonly AppointmentEntry[],
): BookColumn[] {
  const resources: { id: string | null; name: string | null }[] =
    mode === 'practitioner'
      ? settings.practitioners.map((p) => ({ id: p.id, name: p.name }))
      : settings.rooms.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name }));
  // Appointments booked without a room still need somewhere to be seen in the room view.
  if (mode === 'room' && entries.some((e) => e.roomId === null)) resources.push({ id: null, name: null });
  const shown = only === null ? resources : resources.filter((r) => r.id === only);
  return dates.flatMap((date) =>
    shown.map((r) => ({ key: columnKey(date, r.id), date, resourceId: r.id, label: r.name })),
  );
}

/** The hours the grid spans: the clinic's working hours, widened to every appointment shown. */
export function gridHours(
  settings: ScheduleSettings,
  placed: readonly { start: number; end: number }[],
): { start: number; end: number } {
  const days = settings.practitioners.flatMap((p) => p.hours.days);
  let start = days.length === 0 ? 8 * 60 : Math.min(...days.map((d) => minutesOfDay(d.start)));
  let end = days.length === 0 ? 18 * 60 : Math.max(...days.map((d) => minutesOfDay(d.end)));
  for (const p of placed) {
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return { start: Math.floor(start / 60) * 60, end: Math.min(24 * 60, Math.ceil(end / 60) * 60) };
}

/** The shaded stretches of a practitioner's column: before and after hours, breaks, or the whole day off. */
export function offHours(
  settings: ScheduleSettings,
  column: BookColumn,
  mode: ColumnMode,
  grid: { start: number; end: number },
): OffHours[] {
  if (mode !== 'practitioner') return [];
  const practitioner = settings.practitioners.find((p) => p.id === column.resourceId);
  const day = practitioner?.hours.days.find((d) => d.weekday === isoWeekday(column.date));
  if (day === undefined) return [{ start: grid.start, end: grid.end, kind: 'off' }];
  const from = minutesOfDay(day.start);
  const to = minutesOfDay(day.end);
  const stretches: OffHours[] = [
    { start: grid.start, end: from, kind: 'off' },
    ...day.breaks.map((b) => ({
      start: minutesOfDay(b.start),
      end: minutesOfDay(b.end),
      kind: 'break' as const,
    })),
    { start: to, end: grid.end, kind: 'off' },
  ];
  return stretches.filter((s) => s.end > s.start);
}

/**
 * The appointments at their wall-clock times in the clinic's zone (never the browser's), each in its
 * column and lane. One that runs past midnight is cut at the end of its day.
 */
export function placeEntries(
  entries: readonly AppointmentEntry[],
  columns: readonly BookColumn[],
  mode: ColumnMode,
  timeZone: string,
): PlacedEntry[] {
  const keys = new Set(columns.map((c) => c.key));
  const inColumns = entries.flatMap((entry) => {
    const from = wallTimeInZone(entry.startAt, timeZone);
    const to = wallTimeInZone(entry.endAt, timeZone);
    const key = columnKey(from.date, resourceOf(entry, mode));
    if (!keys.has(key)) return [];
    const end = to.date === from.date ? to.minutes : 24 * 60;
    return [{ entry, columnKey: key, start: from.minutes, end: Math.max(end, from.minutes + 5) }];
  });
  const placed: PlacedEntry[] = [];
  for (const key of keys) {
    const own = inColumns
      .filter((p) => p.columnKey === key)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    // Clusters of overlapping appointments share the column's width, one lane each.
    let cluster: { item: (typeof own)[number]; lane: number }[] = [];
    let clusterEnd = -1;
    const flush = () => {
      const lanes = Math.max(1, ...cluster.map((c) => c.lane + 1));
      for (const c of cluster) placed.push({ ...c.item, lane: c.lane, lanes });
      cluster = [];
    };
    for (const item of own) {
      if (item.start >= clusterEnd) flush();
      const laneEnds = new Map<number, number>();
      for (const c of cluster) laneEnds.set(c.lane, Math.max(laneEnds.get(c.lane) ?? 0, c.item.end));
      let lane = 0;
      while ((laneEnds.get(lane) ?? -1) > item.start) lane += 1;
      cluster.push({ item, lane });
      clusterEnd = Math.max(clusterEnd, item.end);
    }
    flush();
  }
  return placed;
}
