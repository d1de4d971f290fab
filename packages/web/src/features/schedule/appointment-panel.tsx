import {
  timeOfDay,
  wallTimeInZone,
  type AppointmentEntry,
  type AppointmentStatusChange,
  type ScheduleSettings,
} from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { sortedPatientName } from '../day-list/patient-display';
import { instrumentKeys, isReleased, kindKeys, stageKeys } from './appointment-labels';
import { longDay } from './book-dates';
import { bookingErrorText } from './booking-error';
import { MoveForm } from './move-form';

type StatusAction = Exclude<AppointmentStatusChange['status'], 'cancelled'>;

const statusActions = [
  { status: 'arrived', label: 'panel.arrived' },
  { status: 'in_room', label: 'panel.inRoom' },
  { status: 'no_show', label: 'panel.noShow' },
  { status: 'booked', label: 'panel.backToBooked' },
] as const satisfies readonly { status: StatusAction; label: string }[];

/**
 * One appointment's details and what the front desk does with it: arrived, in room, no-show,
 * cancel with a reason, move, book again, open the patient.
 */
export function AppointmentPanel({
  entry,
  settings,
  canWrite,
  onChanged,
  onBookAgain,
}: {
  readonly entry: AppointmentEntry;
  readonly settings: ScheduleSettings;
  readonly canWrite: boolean;
  readonly onChanged: (message: string) => void;
  readonly onBookAgain: () => void;
}) {
  const { t, i18n } = useTranslation('schedule');
  const tz = settings.timeZone;
  const name = sortedPatientName(entry.patientName, i18n.language);
  const [cancelling, setCancelling] = useState(false);
  const [moving, setMoving] = useState(false);
  const [reason, setReason] = useState('');
  const status = useMutation({
    mutationFn: (change: AppointmentStatusChange) => appointmentsApi.changeStatus(entry.id, change),
    onSuccess: (saved) => onChanged(t('panel.changed', { name, stage: t(stageKeys[saved.status]) })),
  });
  const from = wallTimeInZone(entry.startAt, tz);
  const to = wallTimeInZone(entry.endAt, tz);
  const practitioner = settings.practitioners.find((p) => p.id === entry.practitionerId)?.name ?? '—';
  const room = settings.rooms.find((r) => r.id === entry.roomId)?.name;
  const errors = fieldErrorsOf(status.error);
  const cancel = (event: FormEvent) => {
    event.preventDefault();
    status.mutate({ status: 'cancelled', reason, version: entry.version });
  };
  const due = [
    ...entry.due.questionnaires.map((q) => t('panel.dueQuestionnaire', { instrument: t(instrumentKeys[q]) })),
    ...(entry.due.reExam ? [t('panel.dueReExam')] : []),
    ...(entry.due.consentsMissing.length > 0 ? [t('panel.dueConsent')] : []),
  ];
  const kind = t(kindKeys[entry.kind]);
  return (
    <div className="stack appt-panel">
      <dl className="facts">
        <div>
          <dt>{t('panel.when')}</dt>
          <dd>
            <time dateTime={entry.startAt}>
              {t('panel.whenValue', {
                day: longDay(from.date),
                from: timeOfDay(from.minutes),
                to: timeOfDay(to.minutes),
              })}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('panel.type')}</dt>
          <dd>
            <span translate="no">{entry.typeName}</span>
            {entry.typeName === kind ? null : <span className="muted"> {t('panel.kind', { kind })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('panel.practitioner')}</dt>
          <dd translate="no">{practitioner}</dd>
        </div>
        <div>
          <dt>{t('panel.room')}</dt>
          {room === undefined ? <dd>{t('panel.noRoom')}</dd> : <dd translate="no">{room}</dd>}
        </div>
        <div>
          <dt>{t('panel.stage')}</dt>
          <dd>
            <Badge tone={isReleased(entry.stage) ? 'warning' : 'accent'}>{t(stageKeys[entry.stage])}</Badge>
            {entry.cancelReason === null ? null : <span translate="no"> {entry.cancelReason}</span>}
          </dd>
        </div>
        {due.length === 0 ? null : (
          <div>
            <dt>{t('panel.due')}</dt>
            <dd>
              <ul className="appt-due">
                {due.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {status.error !== null && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{bookingErrorText(status.error, tz, t)}</Alert>
      ) : null}
      {canWrite ? (
        <div className="row-actions">
          {statusActions
            .filter((a) => a.status !== entry.status && (a.status !== 'booked' || entry.status !== 'booked'))
            .map((a) => (
              <Button
                key={a.status}
                busy={status.isPending && status.variables.status === a.status}
                onClick={() => status.mutate({ status: a.status, version: entry.version })}
              >
                {t(a.label)}
              </Button>
            ))}
          {entry.status === 'cancelled' ? null : (
            <Button variant="danger" onClick={() => setCancelling((c) => !c)} aria-expanded={cancelling}>
              {t('panel.cancel')}
            </Button>
          )}
        </div>
      ) : null}
      {cancelling ? (
        <form className="stack" onSubmit={cancel} noValidate>
          <TextField
            id="cancel-reason"
            label={t('panel.cancelReason')}
            value={reason}
            onChange={setReason}
            autoFocus
            error={errorFor(errors, 'reason')}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={status.isPending}>
              {t('panel.cancelSubmit')}
            </Button>
          </div>
        </form>
      ) : null}
      {canWrite && !isReleased(entry.stage) ? (
        moving ? (
          <MoveForm entry={entry} settings={settings} onMoved={onChanged} />
        ) : (
          <Button className="align-start" onClick={() => setMoving(true)}>
            {t('panel.move')}
          </Button>
        )
      ) : null}
      <div className="form-actions">
        {canWrite ? <Button onClick={onBookAgain}>{t('panel.bookAgain')}</Button> : null}
        <Link className="button button-secondary" to={`/patients/${entry.patientId}`}>
          {t('panel.openPatient')}
        </Link>
      </div>
    </div>
  );
}
