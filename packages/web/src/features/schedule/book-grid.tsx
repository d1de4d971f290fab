import { timeOfDay, type AppointmentEntry, type ScheduleSettings } from '@sotchart/contract';
import { useRef, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { AppointmentBlock } from './appointment-block';
import { isReleased } from './appointment-labels';
import { shortDay } from './book-dates';
import { offHours, type BookColumn, type ColumnMode, type PlacedEntry } from './book-layout';
import { snapMinutes, useBlockDrag, type DragTarget } from './use-block-drag';

/**
 * Pixels per minute: an hour is 96 px (a quarter hour holds one line), or 180 px on a touch screen so
 * that even a quarter-hour appointment is a 44 px target.
 */
const scaleFor = (coarse: boolean): number => (coarse ? 3 : 1.6);

const coarsePointer = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

/**
 * The book's grid: a time gutter, a column per practitioner or room (per day in the week view), the
 * practitioner's time off shaded, and the appointments drawn at their clinic-zone times. A tap on
 * empty time books there; appointments move and resize by dragging.
 */
export function BookGrid({
  settings,
  columns,
  mode,
  showDates,
  placed,
  grid,
  held,
  onOpen,
  onSlot,
  onDrop,
}: {
  readonly settings: ScheduleSettings;
  readonly columns: readonly BookColumn[];
  readonly mode: ColumnMode;
  /** The week view: a row of dates over the columns. */
  readonly showDates: boolean;
  readonly placed: readonly PlacedEntry[];
  readonly grid: { readonly start: number; readonly end: number };
  /** Moves sent and not yet answered, drawn where they were dropped. */
  readonly held: ReadonlyMap<string, DragTarget>;
  readonly onOpen: (entry: AppointmentEntry) => void;
  readonly onSlot: (column: BookColumn, minutes: number) => void;
  readonly onDrop: (placed: PlacedEntry, target: DragTarget) => void;
}) {
  const { t } = useTranslation('schedule');
  const body = useRef<HTMLDivElement>(null);
  const scale = scaleFor(coarsePointer());
  const drag = useBlockDrag({ body, columns, scale, grid, onDrop });
  const height = (grid.end - grid.start) * scale;
  const hours = Array.from({ length: (grid.end - grid.start) / 60 }, (_, i) => grid.start + i * 60);
  const index = new Map(columns.map((c, i) => [c.key, i]));
  const perDate = columns.filter((c) => c.date === columns[0]?.date).length;
  const dates = showDates ? [...new Set(columns.map((c) => c.date))] : [];
  const template = { gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` };

  const slotClick = (event: MouseEvent<HTMLDivElement>) => {
    const point = drag.pointAt(event.clientX, event.clientY);
    if (point === null) return;
    onSlot(point.column, Math.floor(point.minutes / snapMinutes) * snapMinutes);
  };

  return (
    <div
      className={showDates ? 'book-frame book-week' : 'book-frame'}
      style={{ ['--book-columns' as string]: columns.length }}
    >
      <div className="book-head" aria-hidden="true">
        {showDates ? (
          <div className="book-head-row book-dates" style={template}>
            {dates.map((d) => (
              <div key={d} className="book-head-cell" style={{ gridColumn: `span ${perDate}` }}>
                <time dateTime={d}>{shortDay(d)}</time>
              </div>
            ))}
          </div>
        ) : null}
        {showDates && perDate === 1 ? null : (
          <div className="book-head-row" style={template}>
            {columns.map((c) =>
              c.label === null ? (
                <div key={c.key} className="book-head-cell" title={t('grid.noRoom')}>
                  {t('grid.noRoom')}
                </div>
              ) : (
                <div key={c.key} className="book-head-cell" title={c.label} translate="no">
                  {c.label}
                </div>
              ),
            )}
          </div>
        )}
      </div>
      <div className="book-main">
        <div className="book-gutter" style={{ height }} aria-hidden="true">
          {hours.map((h) => (
            <span key={h} className="book-hour" style={{ top: (h - grid.start) * scale }}>
              <time>{timeOfDay(h)}</time>
            </span>
          ))}
        </div>
        <div className="book-body" ref={body} style={{ height }}>
          <div className="book-columns" style={template} onClick={slotClick}>
            {columns.map((c, i) => (
              <div
                key={c.key}
                className={
                  showDates && i % perDate === 0 && i > 0 ? 'book-column book-day-start' : 'book-column'
                }
                data-column={c.key}
                aria-label={t('grid.column', { column: c.label ?? t('grid.noRoom'), day: shortDay(c.date) })}
                role="group"
              >
                {hours.map((h) => (
                  <span key={h} className="book-hour-line" style={{ top: (h - grid.start) * scale }} />
                ))}
                {offHours(settings, c, mode, grid).map((s) => (
                  <span
                    key={`${s.start}-${s.kind}`}
                    className={s.kind === 'break' ? 'book-off book-break' : 'book-off'}
                    style={{ top: (s.start - grid.start) * scale, height: (s.end - s.start) * scale }}
                    title={s.kind === 'break' ? t('grid.break') : t('grid.notWorking')}
                  />
                ))}
              </div>
            ))}
          </div>
          <div className="book-blocks">
            {placed.map((p) => {
              const live = drag.target?.id === p.entry.id ? drag.target : (held.get(p.entry.id) ?? null);
              const at = live ?? p;
              const col = index.get(at.columnKey) ?? 0;
              const lanes = live === null ? p.lanes : 1;
              const lane = live === null ? p.lane : 0;
              const width = `calc(100% / ${columns.length} / ${lanes} - 4px)`;
              const left = `calc(100% / ${columns.length} * ${col} + 100% / ${columns.length} / ${lanes} * ${lane} + 2px)`;
              const draggable = !isReleased(p.entry.stage) && !held.has(p.entry.id);
              return (
                <AppointmentBlock
                  key={p.entry.id}
                  placed={p}
                  box={{
                    top: (at.start - grid.start) * scale,
                    height: Math.max(18, (at.end - at.start) * scale - 1),
                    left,
                    width,
                  }}
                  start={at.start}
                  end={at.end}
                  dragging={live !== null}
                  move={draggable ? drag.handlers(p, 'move') : null}
                  resize={draggable ? drag.handlers(p, 'resize') : null}
                  onOpen={() => {
                    if (!drag.consumeDrag()) onOpen(p.entry);
                  }}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
