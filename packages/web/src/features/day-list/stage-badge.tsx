import type { AppointmentEntry, AppointmentStage } from '@sotchart/contract';
import { Badge, type BadgeTone } from '../../ui/badge';

const stageLabels: Readonly<Record<AppointmentStage, string>> = {
  booked: 'Booked',
  arrived: 'Arrived',
  in_room: 'In room',
  charted: 'Charted',
  signed: 'Signed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

const stageTones: Readonly<Record<AppointmentStage, BadgeTone>> = {
  booked: 'neutral',
  arrived: 'accent',
  in_room: 'accent',
  charted: 'warning',
  signed: 'success',
  no_show: 'danger',
  cancelled: 'neutral',
};

/** Where the appointment stands, in words (colour only repeats it); late and the cancel reason beside it. */
export function StageBadge({
  entry,
  late,
}: {
  readonly entry: AppointmentEntry;
  /** Minutes late, when the patient has not arrived 10 minutes after the start. */
  readonly late: number | null;
}) {
  return (
    <span className="day-stage" data-stage={entry.stage}>
      <Badge tone={stageTones[entry.stage]}>{stageLabels[entry.stage]}</Badge>
      {late === null ? null : <Badge tone="danger">Late {late} min</Badge>}
      {entry.stage === 'cancelled' && entry.cancelReason !== null ? (
        <span className="muted small"> {entry.cancelReason}</span>
      ) : null}
    </span>
  );
}
