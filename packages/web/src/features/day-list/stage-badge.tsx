import type { AppointmentEntry, AppointmentStage } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Badge, type BadgeTone } from '../../ui/badge';

/** The message of each stage, for the day list's badges and menus. */
export const stageKeys = {
  booked: 'stage.booked',
  arrived: 'stage.arrived',
  in_room: 'stage.inRoom',
  charted: 'stage.charted',
  signed: 'stage.signed',
  no_show: 'stage.noShow',
  cancelled: 'stage.cancelled',
} as const satisfies Record<AppointmentStage, string>;

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
  const { t } = useTranslation('dayList');
  return (
    <span className="day-stage" data-stage={entry.stage}>
      <Badge tone={stageTones[entry.stage]}>{t(stageKeys[entry.stage])}</Badge>
      {late === null ? null : <Badge tone="danger">{t('stage.late', { minutes: late })}</Badge>}
      {entry.stage === 'cancelled' && entry.cancelReason !== null ? (
        <span className="muted small" translate="no">
          {' '}
          {entry.cancelReason}
        </span>
      ) : null}
    </span>
  );
}
