import type { ScheduleSettings } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
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
  const { t } = useTranslation('schedule');
  const dates = viewDates(view, date);
  const first = dates[0] ?? date;
  const last = dates[dates.length - 1] ?? date;
  const heading =
    view === 'day' ? (
      <time dateTime={date}>{longDay(date)}</time>
    ) : (
      <>
        <time dateTime={first}>{shortDay(first)}</time> – <time dateTime={last}>{shortDay(last)}</time>
      </>
    );
  const resources =
    mode === 'practitioner'
      ? settings.practitioners.map((p) => ({ id: p.id, name: p.name }))
      : settings.rooms.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name }));
  return (
    <div className="book-toolbar">
      <div className="book-nav" role="group" aria-label={t('toolbar.date')}>
        <Button
          aria-label={view === 'day' ? t('toolbar.previousDay') : t('toolbar.previousWeek')}
          onClick={() => onChange({ date: stepDate(view, date, -1) })}
        >
          ‹
        </Button>
        <Button onClick={() => onChange({ date: today })} aria-pressed={dates.includes(today)}>
          {t('toolbar.today')}
        </Button>
        <Button
          aria-label={view === 'day' ? t('toolbar.nextDay') : t('toolbar.nextWeek')}
          onClick={() => onChange({ date: stepDate(view, date, 1) })}
        >
          ›
        </Button>
        <label className="visually-hidden" htmlFor="book-go-to">
          {t('toolbar.goToDate')}
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
          label={t('toolbar.view')}
          value={view}
          options={[
            { value: 'day', label: t('toolbar.day') },
            { value: 'week', label: t('toolbar.week') },
          ]}
          onChange={(v) => onChange({ view: v === 'day' ? null : v })}
        />
        <Toggle
          label={t('toolbar.columns')}
          value={mode}
          options={[
            { value: 'practitioner', label: t('toolbar.practitioners') },
            { value: 'room', label: t('toolbar.rooms') },
          ]}
          onChange={(m) => onChange({ by: m === 'practitioner' ? null : m, only: null })}
        />
        <label className="visually-hidden" htmlFor="book-only">
          {t('toolbar.show')}
        </label>
        <select
          id="book-only"
          className="book-select"
          value={only ?? ''}
          onChange={(e) => onChange({ only: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">
            {mode === 'practitioner' ? t('toolbar.allPractitioners') : t('toolbar.allRooms')}
          </option>
          {resources.map((r) => (
            <option key={r.id} value={r.id} translate="no">
              {r.name}
            </option>
          ))}
        </select>
        {canWrite ? (
          <Button variant="primary" onClick={onBook}>
            {t('toolbar.book')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
