import { timeOfDay } from '@sotchart/contract';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { sortedPatientName } from '../day-list/patient-display';
import { isReleased, stageKeys } from './appointment-labels';
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
  const { t, i18n } = useTranslation('schedule');
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
  const from = timeOfDay(start);
  const to = timeOfDay(end % (24 * 60));
  const name = sortedPatientName(entry.patientName, i18n.language);
  const stage = t(stageKeys[entry.stage]);
  return (
    <button
      type="button"
      className={classes}
      style={{ top: box.top, height: box.height, left: box.left, width: box.width }}
      data-appointment={entry.id}
      aria-label={t('block.label', { from, to, name, type: entry.typeName, stage })}
      onClick={onOpen}
      {...(move ?? {})}
    >
      <span className="appt-line appt-first">
        <span className="appt-time">
          <time>{from}</time>
          <span className="appt-time-end">
            –<time>{to}</time>
          </span>
        </span>{' '}
        <span className="appt-name" translate="no">
          {name}
        </span>
        {entry.stage === 'booked' ? null : <span className="appt-tag">{stage}</span>}
      </span>
      <span className="appt-line appt-detail">
        <span translate="no">{entry.typeName}</span> · <span className="appt-stage">{stage}</span>
      </span>
      {resize === null ? null : <span className="appt-resize" aria-hidden="true" {...resize} />}
    </button>
  );
}
