import { timeOfDay } from '@sotchart/contract';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { isReleased, stageLabels } from './appointment-labels';
import type { PlacedEntry } from './book-layout';

type DragHandlers = Readonly<{
  onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
  onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
  onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void;
  onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => void;
}>;

/** Where a block sits in the grid's block layer, as CSS lengths. */
export interface BlockBox {
  readonly top: number;
  readonly height: number;
  readonly left: string;
  readonly width: string;
}

/**
 * One appointment in the grid: time, patient, type and stage. A button, so the keyboard opens it
 * like a tap does; dragged by its body or its bottom edge unless it no longer holds its slot.
 */
export function AppointmentBlock({
  placed,
  box,
  start,
  end,
  dragging,
  move,
  resize,
  onOpen,
}: {
  readonly placed: PlacedEntry;
  readonly box: BlockBox;
  /** Wall-clock minutes shown (the drag target's while it is dragged). */
  readonly start: number;
  readonly end: number;
  readonly dragging: boolean;
  readonly move: DragHandlers | null;
  readonly resize: DragHandlers | null;
  readonly onOpen: () => void;
}) {
  const { entry } = placed;
  const released = isReleased(entry.stage);
  const classes = [
    'appt',
    `appt-${entry.kind}`,
    `appt-stage-${entry.stage}`,
    released ? 'appt-released' : null,
    dragging ? 'appt-dragging' : null,
    box.height < 36 ? 'appt-short' : null,
  ]
    .filter(Boolean)
    .join(' ');
  const time = `${timeOfDay(start)}–${timeOfDay(end % (24 * 60))}`;
  return (
    <button
      type="button"
      className={classes}
      style={{ top: box.top, height: box.height, left: box.left, width: box.width }}
      data-appointment={entry.id}
      aria-label={`${time} ${entry.patientName}, ${entry.typeName}, ${stageLabels[entry.stage]}`}
      onClick={onOpen}
      {...(move ?? {})}
    >
      <span className="appt-line appt-first">
        <span className="appt-time">
          {timeOfDay(start)}
          <span className="appt-time-end">–{timeOfDay(end % (24 * 60))}</span>
        </span>{' '}
        <span className="appt-name">{entry.patientName}</span>
        {entry.stage === 'booked' ? null : <span className="appt-tag">{stageLabels[entry.stage]}</span>}
      </span>
      <span className="appt-line appt-detail">
        {entry.typeName} · <span className="appt-stage">{stageLabels[entry.stage]}</span>
      </span>
      {resize === null ? null : <span className="appt-resize" aria-hidden="true" {...resize} />}
    </button>
  );
}
