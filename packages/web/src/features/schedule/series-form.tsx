import {
  addDaysToDate,
  timeOfDay,
  type BookedSeries,
  type BookingEpisode,
  type ScheduleSettings,
  type SeriesRequestInput,
  type Weekday,
} from '@sotchart/contract';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { Loading } from '../../ui/loading';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { longDay, parseTime, weekdayNames } from './book-dates';
import { inClinicTime, slotClashes } from './booking-error';
import { episodeLabel, typeOptions } from './booking-options';
import { PlaceFields } from './place-fields';
import type { PickedPatient } from './patient-picker';
import { weekdaysForPlan } from './series-defaults';
import { SeriesOccurrences, type SeriesMove } from './series-occurrences';
import { useBookingEpisodes } from './use-schedule-settings';

/** Where a series starts from: an episode's plan on the patient page, or the book's form. */
export interface SeriesPrefill {
  readonly patient: PickedPatient;
  readonly episodeId: string | null;
  readonly practitionerId: string;
  readonly roomId: string | null;
  readonly typeId: string | null;
  readonly firstDate: string;
  /** Minutes after midnight on the clinic's clock. */
  readonly minutes: number;
}

/**
 * A care-plan series: weekdays, time, first date and weeks from the episode's plan, and its
 * re-examination; the preview lists every appointment with its problems, each can be skipped or
 * moved, then all are booked in one go.
 */
export function SeriesForm({
  settings,
  prefill,
  onBooked,
  onCancel,
}: {
  readonly settings: ScheduleSettings;
  readonly prefill: SeriesPrefill;
  readonly onBooked: (series: BookedSeries) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('schedule');
  const tz = settings.timeZone;
  const types = settings.appointmentTypes.filter((type) => type.active);
  const episodes = useBookingEpisodes(prefill.patient.id);
  const [episodeId, setEpisodeId] = useState(prefill.episodeId ?? '');
  const [firstDate, setFirstDate] = useState(prefill.firstDate);
  const [weekdays, setWeekdays] = useState<Weekday[]>(() => weekdaysForPlan(null, prefill.firstDate));
  const [time, setTime] = useState(timeOfDay(prefill.minutes));
  const [weeks, setWeeks] = useState('4');
  const [practitionerId, setPractitionerId] = useState(prefill.practitionerId);
  const [roomId, setRoomId] = useState(prefill.roomId ?? '');
  const [typeId, setTypeId] = useState(
    prefill.typeId ?? types.find((type) => type.kind === 'follow_up')?.id ?? types[0]?.id ?? '',
  );
  const reExamType = types.find((type) => type.kind === 're_exam')?.id ?? typeId;
  const [reExamOn, setReExamOn] = useState(false);
  const [reExamDate, setReExamDate] = useState(addDaysToDate(prefill.firstDate, 28));
  // The re-exam keeps the series' time until it is given one of its own.
  const [ownReExamTime, setReExamTime] = useState<string | null>(null);
  const reExamTime = ownReExamTime ?? time;
  const [reExamTypeId, setReExamTypeId] = useState(reExamType);
  const [skip, setSkip] = useState<string[]>([]);
  const [moves, setMoves] = useState<SeriesMove[]>([]);

  const applyPlan = (episode: BookingEpisode | undefined) => {
    setSkip([]);
    setMoves([]);
    if (episode === undefined) return;
    setWeekdays(weekdaysForPlan(episode.visitsPerWeek, firstDate));
    if (episode.durationWeeks !== null && episode.durationWeeks > 0) setWeeks(String(episode.durationWeeks));
    // A re-exam date already behind the series is not booked again by default.
    const reExam = episode.reExamDate;
    setReExamOn(reExam !== null && reExam >= firstDate);
    if (reExam !== null) setReExamDate(reExam);
  };
  // The episode asked for (or the patient's only open one) fills the plan in once the list arrives.
  useEffect(() => {
    const list = episodes.data;
    if (list === undefined) return;
    const open = list.filter((e) => e.endDate === null);
    const chosen = list.find((e) => e.id === episodeId) ?? (open.length === 1 ? open[0] : undefined);
    if (chosen === undefined) return;
    setEpisodeId(chosen.id);
    applyPlan(chosen);
  }, [episodes.data]);

  const start = parseTime(time);
  const reExamStart = parseTime(reExamTime);
  const weekCount = Number(weeks);
  const ready =
    episodeId !== '' &&
    weekdays.length > 0 &&
    start !== null &&
    /^\d{4}-\d{2}-\d{2}$/.test(firstDate) &&
    Number.isInteger(weekCount) &&
    weekCount >= 1 &&
    weekCount <= 52 &&
    (!reExamOn || reExamStart !== null);
  const body: SeriesRequestInput = {
    patientId: prefill.patient.id,
    episodeId,
    practitionerId,
    roomId: roomId === '' ? null : roomId,
    typeId,
    firstDate,
    time: timeOfDay(start ?? 0),
    weekdays: [...weekdays].sort((a, b) => a - b),
    weeks: weekCount,
    skip: skip.filter((d) => d >= firstDate),
    moves,
    reExam: reExamOn ? { date: reExamDate, time: timeOfDay(reExamStart ?? 0), typeId: reExamTypeId } : null,
  };
  const preview = useQuery({
    queryKey: queryKeys.seriesPreview(body),
    queryFn: () => appointmentsApi.previewSeries(body),
    enabled: ready,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const book = useMutation({ mutationFn: () => appointmentsApi.bookSeries(body), onSuccess: onBooked });
  const occurrences = preview.data?.occurrences ?? [];
  const errors = { ...fieldErrorsOf(preview.error), ...fieldErrorsOf(book.error) };
  const clashes = slotClashes(book.error, tz);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && occurrences.length > 0) book.mutate();
  };
  const toggleDay = (day: Weekday, on: boolean) => {
    setWeekdays((days) => (on ? [...days, day] : days.filter((d) => d !== day)));
    setSkip([]);
    setMoves([]);
  };
  const occurrenceName = (path: string): string => {
    const index = Number(path.split('.')[1]);
    const o = occurrences[index];
    return o === undefined ? path : inClinicTime(o.startAt, tz);
  };

  return (
    <form className="stack series-form" onSubmit={submit} noValidate>
      <p>{t('series.for', { name: prefill.patient.name })}</p>
      <p className="muted">{t('form.timesHint', { zone: tz.replaceAll('_', ' ') })}</p>
      {episodes.isPending ? <Loading /> : null}
      <SelectField
        id="series-episode"
        label={t('form.episode')}
        value={episodeId}
        options={[
          { value: '', label: t('series.chooseEpisode') },
          ...(episodes.data ?? []).map((e) => ({ value: e.id, label: episodeLabel(e, t) })),
        ]}
        onChange={(id) => {
          setEpisodeId(id);
          applyPlan(episodes.data?.find((e) => e.id === id));
        }}
        error={errorFor(errors, 'episodeId')}
      />
      {episodes.data?.length === 0 ? <Alert tone="warning">{t('series.noEpisode')}</Alert> : null}
      <fieldset className="series-days">
        <legend>{t('series.weekdays')}</legend>
        {weekdayNames.map((name, i) => {
          const day = (i + 1) as Weekday;
          return (
            <CheckboxField
              key={name}
              label={t('series.weekday', { day: name })}
              checked={weekdays.includes(day)}
              onChange={(on) => toggleDay(day, on)}
            />
          );
        })}
      </fieldset>
      <div className="form-grid series-grid">
        <TextField
          id="series-first-date"
          label={t('series.firstDate')}
          type="date"
          value={firstDate}
          onChange={setFirstDate}
          error={errorFor(errors, 'firstDate')}
        />
        <TextField
          id="series-time"
          label={t('form.time')}
          value={time}
          onChange={setTime}
          error={start === null ? t('form.timeInvalid') : errorFor(errors, 'time')}
        />
        <TextField
          id="series-weeks"
          label={t('series.weeks')}
          inputMode="numeric"
          value={weeks}
          onChange={setWeeks}
          error={errorFor(errors, 'weeks')}
        />
        <SelectField
          id="series-type"
          label={t('form.type')}
          value={typeId}
          options={typeOptions(settings, t)}
          onChange={setTypeId}
          error={errorFor(errors, 'typeId')}
        />
        <PlaceFields
          idPrefix="series"
          settings={settings}
          practitionerId={practitionerId}
          onPractitionerChange={setPractitionerId}
          roomId={roomId}
          onRoomChange={setRoomId}
          errors={errors}
        />
      </div>
      <fieldset className="stack">
        <legend>{t('series.reExam')}</legend>
        <CheckboxField label={t('series.bookReExam')} checked={reExamOn} onChange={setReExamOn} />
        {reExamOn ? (
          <div className="form-grid series-grid">
            <TextField
              id="series-re-exam-date"
              label={t('series.reExamDate')}
              type="date"
              value={reExamDate}
              onChange={setReExamDate}
              error={errorFor(errors, 'reExam.date')}
            />
            <TextField
              id="series-re-exam-time"
              label={t('series.reExamTime')}
              value={reExamTime}
              onChange={setReExamTime}
              error={reExamStart === null ? t('form.timeInvalid') : errorFor(errors, 'reExam.time')}
            />
            <SelectField
              id="series-re-exam-type"
              label={t('series.reExamType')}
              value={reExamTypeId}
              options={typeOptions(settings, t)}
              onChange={setReExamTypeId}
              error={errorFor(errors, 'reExam.typeId')}
            />
          </div>
        ) : null}
      </fieldset>
      <section className="stack" aria-label={t('series.preview')}>
        <h3>
          {preview.data === undefined
            ? t('series.preview')
            : preview.isFetching
              ? t('series.countUpdating', { count: occurrences.length })
              : t('series.count', { count: occurrences.length })}
        </h3>
        {!ready ? <p className="muted">{t('series.notReady')}</p> : null}
        {preview.error !== null && Object.keys(fieldErrorsOf(preview.error)).length === 0 ? (
          <Alert tone="danger">{preview.error.message}</Alert>
        ) : null}
        {preview.data === undefined ? null : (
          <SeriesOccurrences
            occurrences={occurrences}
            timeZone={tz}
            skipped={skip}
            onSkip={(d) => {
              setSkip((s) => [...s, d].sort());
              setMoves((m) => m.filter((x) => x.date !== d));
            }}
            onRestore={(d) => setSkip((s) => s.filter((x) => x !== d))}
            onMove={(m) => setMoves((all) => [...all.filter((x) => x.date !== m.date), m])}
            onUnmove={(d) => setMoves((all) => all.filter((x) => x.date !== d))}
          />
        )}
      </section>
      {clashes.length > 0 ? (
        <Alert tone="danger">
          <p>{t('series.clashes')}</p>
          <ul>
            {clashes.map((c, i) => (
              <li key={i}>{t('series.problemOf', { what: occurrenceName(c.path), problem: c.message })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {book.error !== null && clashes.length === 0 ? (
        <Alert tone="danger">
          <p>{t('series.notBooked', { reason: book.error.message })}</p>
          <ul>
            {Object.entries(fieldErrorsOf(book.error)).map(([path, message]) => (
              <li key={path}>
                {t('series.problemOf', {
                  what: path.startsWith('occurrences.') ? occurrenceName(path) : path,
                  problem: inClinicTime(message, tz),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="form-actions sticky-actions">
        <Button
          type="submit"
          variant="primary"
          busy={book.isPending}
          disabled={!ready || occurrences.length === 0 || preview.isFetching}
        >
          {t('series.book', { count: occurrences.length })}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {preview.data === undefined
          ? ''
          : t('series.announce', { count: occurrences.length, day: longDay(firstDate) })}
      </p>
    </form>
  );
}
