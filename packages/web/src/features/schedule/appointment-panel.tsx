import {
  timeOfDay,
  wallTimeInZone,
  type AppointmentEntry,
  type AppointmentStatusChange,
  type ScheduleSettings,
} from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { instrumentShortNames } from '../outcomes/instrument-labels';
import { isReleased, kindLabels, stageLabels } from './appointment-labels';
import { longDay } from './book-dates';
import { bookingErrorText } from './booking-error';
import { MoveForm } from './move-form';

type StatusAction = Exclude<AppointmentStatusChange['status'], 'cancelled'>;

const statusActions: readonly { status: StatusAction; label: string }[] = [
  { status: 'arrived', label: 'Arrived' },
  { status: 'in_room', label: 'In room' },
  { status: 'no_show', label: 'No-show' },
  { status: 'booked', label: 'Back to booked' },
];

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
  const tz = settings.timeZone;
  const [cancelling, setCancelling] = useState(false);
  const [moving, setMoving] = useState(false);
  const [reason, setReason] = useState('');
  const status = useMutation({
    mutationFn: (change: AppointmentStatusChange) => appointmentsApi.changeStatus(entry.id, change),
    onSuccess: (saved) => onChanged(`${entry.patientName}: ${stageLabels[saved.status]}.`),
  });
  const from = wallTimeInZone(entry.startAt, tz);
  const to = wallTimeInZone(entry.endAt, tz);
  const practitioner = settings.practitioners.find((p) => p.id === entry.practitionerId)?.name ?? '—';
  const room = settings.rooms.find((r) => r.id === entry.roomId)?.name ?? 'No room';
  const errors = fieldErrorsOf(status.error);
  const cancel = (event: FormEvent) => {
    event.preventDefault();
    status.mutate({ status: 'cancelled', reason, version: entry.version });
  };
  const due = [
    ...entry.due.questionnaires.map((q) => `${instrumentShortNames[q]} questionnaire`),
    ...(entry.due.reExam ? ['Re-examination'] : []),
    ...(entry.due.consentsMissing.length > 0 ? ['Consent missing'] : []),
  ];
  return (
    <div className="stack appt-panel">
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>
            {longDay(from.date)}, {timeOfDay(from.minutes)}–{timeOfDay(to.minutes)}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            {entry.typeName}
            {entry.typeName === kindLabels[entry.kind] ? null : (
              <span className="muted"> ({kindLabels[entry.kind]})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Practitioner</dt>
          <dd>{practitioner}</dd>
        </div>
        <div>
          <dt>Room</dt>
          <dd>{room}</dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>
            <Badge tone={isReleased(entry.stage) ? 'warning' : 'accent'}>{stageLabels[entry.stage]}</Badge>
            {entry.cancelReason === null ? null : <span> {entry.cancelReason}</span>}
          </dd>
        </div>
        {due.length === 0 ? null : (
          <div>
            <dt>Due</dt>
            <dd>{due.join(', ')}</dd>
          </div>
        )}
      </dl>
      {status.error !== null && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{bookingErrorText(status.error, tz)}</Alert>
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
                {a.label}
              </Button>
            ))}
          {entry.status === 'cancelled' ? null : (
            <Button variant="danger" onClick={() => setCancelling((c) => !c)} aria-expanded={cancelling}>
              Cancel appointment…
            </Button>
          )}
        </div>
      ) : null}
      {cancelling ? (
        <form className="stack" onSubmit={cancel} noValidate>
          <TextField
            id="cancel-reason"
            label="Reason for cancelling"
            value={reason}
            onChange={setReason}
            autoFocus
            error={errorFor(errors, 'reason')}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={status.isPending}>
              Cancel the appointment
            </Button>
          </div>
        </form>
      ) : null}
      {canWrite && !isReleased(entry.stage) ? (
        moving ? (
          <MoveForm entry={entry} settings={settings} onMoved={onChanged} />
        ) : (
          <Button className="align-start" onClick={() => setMoving(true)}>
            Move…
          </Button>
        )
      ) : null}
      <div className="form-actions">
        {canWrite ? <Button onClick={onBookAgain}>Book again</Button> : null}
        <Link className="button button-secondary" to={`/patients/${entry.patientId}`}>
          Open patient
        </Link>
      </div>
    </div>
  );
}
