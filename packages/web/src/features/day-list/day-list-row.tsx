import type { AppointmentEntry, AppointmentStatus } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { Button } from '../../ui/button';
import { useCan } from '../auth/use-can';
import { clinicClockTime, minutesLate } from './appointment-timing';
import { DueBadges } from './due-badges';
import { sortedPatientName } from './patient-display';
import { StageBadge } from './stage-badge';

/** What a row's buttons ask the page to do. */
export interface RowHandlers {
  readonly onVisit: (entry: AppointmentEntry) => void;
  readonly onStatus: (entry: AppointmentEntry, status: Exclude<AppointmentStatus, 'cancelled'>) => void;
  readonly onCancel: (entry: AppointmentEntry) => void;
  readonly onCheckIn: (entry: AppointmentEntry) => void;
}

/** A secondary action of the "More" menu. */
interface Secondary {
  readonly label: string;
  readonly run: () => void;
}

/**
 * One appointment of the day: time on the clinic's clock, patient, type and room, where it stands
 * and what is due, with one primary action — start or open the visit for those who chart, "Arrived"
 * for the front desk — and the rest under "More".
 */
export function DayListRow({
  entry,
  timeZone,
  now,
  where,
  busy,
  handlers,
}: {
  readonly entry: AppointmentEntry;
  readonly timeZone: string;
  readonly now: number;
  /** The room, and the practitioner when the list shows several. */
  readonly where: string;
  /** An action of this row is under way. */
  readonly busy: boolean;
  readonly handlers: RowHandlers;
}) {
  const { t, i18n } = useTranslation('dayList');
  const canChart = useCan('clinicalWrite');
  const canDesk = useCan('demographicsWrite');
  const time = clinicClockTime(entry.startAt, timeZone);
  const late = minutesLate(entry, now);
  const started = entry.visitId !== null;
  const closed = entry.status === 'cancelled' || entry.status === 'no_show';
  const name = sortedPatientName(entry.patientName, i18n.language);

  const secondary: Secondary[] = [];
  if (canDesk && !started) {
    if (entry.status === 'booked' && canChart)
      secondary.push({ label: t('action.arrived'), run: () => handlers.onStatus(entry, 'arrived') });
    if (entry.status === 'booked' || entry.status === 'arrived')
      secondary.push({ label: t('action.inRoom'), run: () => handlers.onStatus(entry, 'in_room') });
    if (entry.status === 'booked')
      secondary.push({ label: t('action.noShow'), run: () => handlers.onStatus(entry, 'no_show') });
    if (!closed) secondary.push({ label: t('action.cancel'), run: () => handlers.onCancel(entry) });
    if (closed)
      secondary.push({ label: t('action.bookAgain'), run: () => handlers.onStatus(entry, 'booked') });
  }
  const offersCheckIn = canDesk && !closed && !started;

  return (
    <li
      className={late === null ? 'day-row' : 'day-row day-row-late'}
      data-appointment={entry.id}
      data-stage={entry.stage}
      aria-label={t('row.label', { time, name })}
    >
      <div className="day-time">
        <time dateTime={entry.startAt}>{time}</time>
      </div>
      <div className="day-who">
        <Link className="day-patient" to={`/patients/${entry.patientId}`} translate="no">
          {name}
        </Link>
        <span className="muted small" translate="no">
          {entry.typeName}
          {where === '' ? '' : ` · ${where}`}
        </span>
      </div>
      <div className="day-state">
        <StageBadge entry={entry} late={late} />
      </div>
      <div className="day-due-cell">
        <DueBadges entry={entry} />
      </div>
      <div className="day-actions">
        {canChart && !closed ? (
          <Button
            variant="primary"
            busy={busy}
            onClick={() => handlers.onVisit(entry)}
            aria-label={
              started ? t('action.openVisitFor', { name, time }) : t('action.startVisitFor', { name, time })
            }
          >
            {started ? t('action.openVisit') : t('action.startVisit')}
          </Button>
        ) : null}
        {!canChart && canDesk && entry.status === 'booked' ? (
          <Button
            variant="primary"
            busy={busy}
            onClick={() => handlers.onStatus(entry, 'arrived')}
            aria-label={t('action.arrivedFor', { name, time })}
          >
            {t('action.arrived')}
          </Button>
        ) : null}
        {offersCheckIn ? (
          <Button
            onClick={() => handlers.onCheckIn(entry)}
            aria-label={t('action.checkInFor', { name, time })}
          >
            {t('action.checkIn')}
          </Button>
        ) : null}
        {secondary.length === 0 ? null : (
          <details
            className="day-more"
            onKeyDown={(e) => {
              // Escape folds the menu back and returns focus to its button, as a menu does.
              if (e.key !== 'Escape' || !e.currentTarget.open) return;
              e.currentTarget.open = false;
              e.currentTarget.querySelector('summary')?.focus();
            }}
          >
            <summary className="button button-secondary" aria-label={t('action.moreFor', { name, time })}>
              {t('action.more')}
            </summary>
            <div className="day-more-menu" role="group" aria-label={t('action.moreFor', { name, time })}>
              {secondary.map((action) => (
                <Button
                  key={action.label}
                  disabled={busy}
                  onClick={(e) => {
                    e.currentTarget.closest('details')?.removeAttribute('open');
                    action.run();
                  }}
                >
                  {action.label}
                </Button>
              ))}
            </div>
          </details>
        )}
      </div>
    </li>
  );
}
