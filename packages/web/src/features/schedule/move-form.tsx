import {
  instantInZone,
  timeOfDay,
  wallTimeInZone,
  type AppointmentEntry,
  type ScheduleSettings,
} from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { parseTime } from './book-dates';
import { bookingErrorText } from './booking-error';
import { sortedPatientName } from '../day-list/patient-display';
import { longDay } from './book-dates';
import { PlaceFields } from './place-fields';

/** Moving an appointment by keyboard: the same PATCH a drag sends, with the version read. */
export function MoveForm({
  entry,
  settings,
  onMoved,
}: {
  readonly entry: AppointmentEntry;
  readonly settings: ScheduleSettings;
  readonly onMoved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('schedule');
  const tz = settings.timeZone;
  const from = wallTimeInZone(entry.startAt, tz);
  const [date, setDate] = useState(from.date);
  const [time, setTime] = useState(timeOfDay(from.minutes));
  const [practitionerId, setPractitionerId] = useState(entry.practitionerId);
  const [roomId, setRoomId] = useState(entry.roomId ?? '');
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const move = useMutation({
    mutationFn: (startAt: string) =>
      appointmentsApi.update(entry.id, {
        version: entry.version,
        startAt,
        endAt: new Date(
          Date.parse(startAt) + Date.parse(entry.endAt) - Date.parse(entry.startAt),
        ).toISOString(),
        practitionerId,
        roomId: roomId === '' ? null : roomId,
      }),
    onSuccess: () =>
      onMoved(
        t('move.done', {
          name: sortedPatientName(entry.patientName, i18n.language),
          day: longDay(date),
          time,
        }),
      ),
  });
  const errors = fieldErrorsOf(move.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = parseTime(time);
    setTimeError(minutes === null ? t('form.timeInvalid') : undefined);
    if (minutes !== null) move.mutate(instantInZone(date, minutes, tz));
  };
  return (
    <form className="stack nested move-form" onSubmit={submit} noValidate>
      {move.error !== null && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{bookingErrorText(move.error, tz, t)}</Alert>
      ) : null}
      <div className="form-grid series-grid">
        <TextField id="move-date" label={t('form.date')} type="date" value={date} onChange={setDate} />
        <TextField
          id="move-time"
          label={t('form.time')}
          value={time}
          onChange={setTime}
          error={timeError ?? errorFor(errors, 'startAt')}
        />
        <PlaceFields
          idPrefix="move"
          settings={settings}
          practitionerId={practitionerId}
          onPractitionerChange={setPractitionerId}
          roomId={roomId}
          onRoomChange={setRoomId}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={move.isPending}>
          {t('move.submit')}
        </Button>
      </div>
    </form>
  );
}
