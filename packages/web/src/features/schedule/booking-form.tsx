import { instantInZone, timeOfDay, type Appointment, type ScheduleSettings } from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { parseTime } from './book-dates';
import { bookingErrorText } from './booking-error';
import { episodeLabel, quarterHours, typeOptions } from './booking-options';
import { PlaceFields } from './place-fields';
import { PatientPicker, type PickedPatient } from './patient-picker';
import { useBookingEpisodes } from './use-schedule-settings';

/** What a new booking starts from: a tapped slot, the Book button, or "book again". */
export interface BookingPrefill {
  readonly patient: PickedPatient | null;
  readonly date: string;
  /** Minutes after midnight on the clinic's clock. */
  readonly minutes: number;
  readonly practitionerId: string;
  readonly roomId: string | null;
  readonly typeId?: string;
  readonly episodeId?: string | null;
}

/** The booking form's choices, handed on to the series dialog. */
export type BookingDraft = Required<BookingPrefill>;

/**
 * Books one appointment from the keyboard: type the patient's name, pick type, date, time,
 * practitioner, room and episode; Enter books. The length follows the type unless changed.
 */
export function BookingForm({
  settings,
  prefill,
  onBooked,
  onSeries,
  onCancel,
}: {
  readonly settings: ScheduleSettings;
  readonly prefill: BookingPrefill;
  readonly onBooked: (appointment: Appointment, patientName: string) => void;
  readonly onSeries: (draft: BookingDraft) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('schedule');
  const types = settings.appointmentTypes.filter((type) => type.active);
  const firstType =
    prefill.typeId ?? types.find((type) => type.kind === 'follow_up')?.id ?? types[0]?.id ?? '';
  const [patient, setPatient] = useState<PickedPatient | null>(prefill.patient);
  const [typeId, setTypeId] = useState(firstType);
  const [length, setLength] = useState(String(types.find((type) => type.id === firstType)?.minutes ?? 30));
  const [date, setDate] = useState(prefill.date);
  const [time, setTime] = useState(timeOfDay(prefill.minutes));
  const [practitionerId, setPractitionerId] = useState(prefill.practitionerId);
  const [roomId, setRoomId] = useState(prefill.roomId ?? '');
  const [episodeId, setEpisodeId] = useState(prefill.episodeId ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const episodes = useBookingEpisodes(patient?.id ?? null);
  const timesId = useId();

  const book = useMutation({
    mutationFn: (input: { startAt: string; endAt: string }) =>
      appointmentsApi.create({
        patientId: patient?.id ?? '',
        practitionerId,
        roomId: roomId === '' ? null : roomId,
        typeId,
        episodeId: episodeId === '' ? null : episodeId,
        ...input,
      }),
    onSuccess: (saved) => onBooked(saved, patient?.name ?? ''),
  });
  const errors = { ...fieldErrorsOf(book.error), ...localErrors };
  const failure = book.error !== null && Object.keys(fieldErrorsOf(book.error)).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = parseTime(time);
    const minutes = Number(length);
    const problems: Record<string, string> = {};
    if (patient === null) problems.patientId = t('form.patientMissing');
    if (start === null) problems.startAt = t('form.timeInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t('form.dateInvalid');
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) problems.endAt = t('form.minutesInvalid');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || start === null) return;
    const startAt = instantInZone(date, start, settings.timeZone);
    book.mutate({ startAt, endAt: new Date(Date.parse(startAt) + minutes * 60_000).toISOString() });
  };

  const episodeOptions = [
    { value: '', label: t('form.noEpisode') },
    ...(episodes.data ?? []).map((e) => ({ value: e.id, label: episodeLabel(e, t) })),
  ];
  return (
    <form className="stack booking-form" onSubmit={submit} noValidate>
      <p className="muted">{t('form.timesHint', { zone: settings.timeZone.replaceAll('_', ' ') })}</p>
      {failure ? <Alert tone="danger">{bookingErrorText(book.error, settings.timeZone, t)}</Alert> : null}
      <PatientPicker
        id="book-patient"
        value={patient}
        onChange={(p) => {
          setPatient(p);
          setEpisodeId('');
        }}
        error={errorFor(errors, 'patientId')}
      />
      <div className="form-grid series-grid">
        <SelectField
          id="book-type"
          label={t('form.type')}
          value={typeId}
          options={typeOptions(settings, t)}
          onChange={(id) => {
            setTypeId(id);
            const type = types.find((x) => x.id === id);
            if (type !== undefined) setLength(String(type.minutes));
          }}
          error={errorFor(errors, 'typeId')}
        />
        <TextField
          id="book-length"
          label={t('form.minutes')}
          inputMode="numeric"
          value={length}
          onChange={setLength}
          error={errorFor(errors, 'endAt')}
        />
        <TextField
          id="book-date"
          label={t('form.date')}
          type="date"
          value={date}
          onChange={setDate}
          error={errorFor(errors, 'date')}
        />
        <TextField
          id="book-time"
          label={t('form.time')}
          list={timesId}
          value={time}
          onChange={setTime}
          error={errorFor(errors, 'startAt')}
        />
        <PlaceFields
          idPrefix="book"
          settings={settings}
          practitionerId={practitionerId}
          onPractitionerChange={setPractitionerId}
          roomId={roomId}
          onRoomChange={setRoomId}
          errors={errors}
        />
      </div>
      <datalist id={timesId}>
        {quarterHours.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <SelectField
        id="book-episode"
        label={t('form.episode')}
        hint={patient === null ? t('form.pickPatientFirst') : undefined}
        value={episodeId}
        options={episodeOptions}
        onChange={setEpisodeId}
        disabled={patient === null}
        error={errorFor(errors, 'episodeId')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={book.isPending}>
          {t('form.book')}
        </Button>
        <Button
          disabled={patient === null}
          onClick={() =>
            onSeries({
              patient,
              date,
              minutes: parseTime(time) ?? prefill.minutes,
              practitionerId,
              roomId: roomId === '' ? null : roomId,
              typeId,
              episodeId: episodeId === '' ? null : episodeId,
            })
          }
        >
          {t('form.bookSeries')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
