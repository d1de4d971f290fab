import type { ScheduleSettings } from '@sotchart/contract';
import { Button } from '../../ui/button';
import { longDay, shortDay, stepDate, viewDates, type BookView } from './book-dates';
import type { ColumnMode } from './book-layout';

/** A two-way switch drawn as pressed buttons (each a 44 px target). */
function Toggle<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly value: V;
  readonly options: readonly { value: V; label: string }[];
  readonly onChange: (value: V) => void;
}) {
  return (
    <div className="book-toggle" role="group" aria-label={label}>
      {options.map((o) => (
        <Button key={o.value} aria-pressed={value === o.value} onClick={() => onChange(o.value)}>
          {o.label}
        </Button>
      ))}
    </div>
  );
}

/** The book's date navigator (previous, today, next, a date box), its view and column switches. */
export function BookToolbar({
  settings,
  view,
  mode,
  date,
  today,
  only,
  canWrite,
  onChange,
  onBook,
}: {
  readonly settings: ScheduleSettings;
  readonly view: BookView;
  readonly mode: ColumnMode;
  readonly date: string;
  readonly today: string;
  readonly only: string | null;
  readonly canWrite: boolean;
  readonly onChange: (changes: Readonly<Record<string, string | null>>) => void;
  readonly onBook: () => void;
}) {
  const dates = viewDates(view, date);
  const heading =
    view === 'day'
      ? longDay(date)
      : `${shortDay(dates[0] ?? date)} – ${shortDay(dates[dates.length - 1] ?? date)}`;
  const resources =
    mode === 'practitioner'
      ? settings.practitioners.map((p) => ({ id: p.id, name: p.name }))
      : settings.rooms.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name }));
  const unit = view === 'day' ? 'day' : 'week';
  return (
    <div className="book-toolbar">
      <div className="book-nav" role="group" aria-label="Date">
        <Button aria-label={`Previous ${unit}`} onClick={() => onChange({ date: stepDate(view, date, -1) })}>
          ‹
        </Button>
        <Button onClick={() => onChange({ date: today })} aria-pressed={dates.includes(today)}>
          Today
        </Button>
        <Button aria-label={`Next ${unit}`} onClick={() => onChange({ date: stepDate(view, date, 1) })}>
          ›
        </Button>
        <label className="visually-hidden" htmlFor="book-go-to">
          Go to date
        </label>
        <input
          id="book-go-to"
          className="book-date-input"
          type="date"
          value={date}
          onChange={(e) => {
            if (e.target.value !== '') onChange({ date: e.target.value });
          }}
        />
      </div>
      <h2 className="book-range" aria-live="polite">
        {heading}
      </h2>
      <div className="book-switches">
        <Toggle
          label="View"
          value={view}
          options={[
            { value: 'day', label: 'Day' },
            { value: 'week', label: 'Week' },
          ]}
          onChange={(v) => onChange({ view: v === 'day' ? null : v })}
        />
        <Toggle
          label="Columns"
          value={mode}
          options={[
            { value: 'practitioner', label: 'Practitioners' },
            { value: 'room', label: 'Rooms' },
          ]}
          onChange={(m) => onChange({ by: m === 'practitioner' ? null : m, only: null })}
        />
        <label className="visually-hidden" htmlFor="book-only">
          Show
        </label>
        <select
          id="book-only"
          className="book-select"
          value={only ?? ''}
          onChange={(e) => onChange({ only: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{mode === 'practitioner' ? 'All practitioners' : 'All rooms'}</option>
          {resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {canWrite ? (
          <Button variant="primary" onClick={onBook}>
            Book
          </Button>
        ) : null}
      </div>
    </div>
  );
}
