import {
  addDaysToDate,
  instantInZone,
  wallTimeInZone,
  type AppointmentEntry,
  type ScheduleSettings,
  type UpdateAppointment,
} from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useSearchParams } from 'react-router';
import { appointmentsApi } from '../../api/appointments-api';
import { queryKeys } from '../../api/query-keys';
import { Alert, type AlertTone } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { todayIn } from '../../ui/date-format';
import { useCan } from '../auth/use-can';
import { sortedPatientName } from '../day-list/patient-display';
import { AppointmentPanel } from './appointment-panel';
import { BookGrid } from './book-grid';
import { BookToolbar } from './book-toolbar';
import { viewDates, type BookView } from './book-dates';
import { bookColumns, gridHours, placeEntries, type ColumnMode, type PlacedEntry } from './book-layout';
import { bookingErrorText } from './booking-error';
import { BookingForm, type BookingPrefill } from './booking-form';
import { SeriesForm, type SeriesPrefill } from './series-form';
import type { DragTarget } from './use-block-drag';
import { useScheduleSettings } from './use-schedule-settings';
import './schedule.css';

/** The appointment book: the screen the front desk runs the week from. */
export function SchedulePage() {
  const { t } = useTranslation('schedule');
  const settings = useScheduleSettings();
  return (
    <div className="stack schedule">
      <PageTitle title={t('page.title')} />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <Alert tone="danger">{settings.error.message}</Alert> : null}
      {settings.data === undefined ? null : <Book settings={settings.data} />}
    </div>
  );
}

type Message = { readonly tone: AlertTone; readonly text: string } | null;

function Book({ settings }: { readonly settings: ScheduleSettings }) {
  const { t, i18n } = useTranslation('schedule');
  const nameOf = (entry: AppointmentEntry): string => sortedPatientName(entry.patientName, i18n.language);
  const tz = settings.timeZone;
  const today = todayIn(tz);
  const [params, setParams] = useSearchParams();
  const view: BookView = params.get('view') === 'week' ? 'week' : 'day';
  const mode: ColumnMode = params.get('by') === 'room' ? 'room' : 'practitioner';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? (params.get('date') ?? today) : today;
  const only = params.get('only');
  const setParam = (changes: Readonly<Record<string, string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const canWrite = useCan('demographicsWrite');
  const queryClient = useQueryClient();
  const dates = viewDates(view, date);
  const range = { from: dates[0] ?? date, to: dates[dates.length - 1] ?? date };
  const entries = useQuery({
    queryKey: queryKeys.appointmentRange(range),
    queryFn: () => appointmentsApi.list(range),
  });
  const [message, setMessage] = useState<Message>(null);
  const [held, setHeld] = useState<ReadonlyMap<string, DragTarget>>(new Map());
  const [booking, setBooking] = useState<BookingPrefill | null>(null);
  const [series, setSeries] = useState<SeriesPrefill | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const list = entries.data ?? [];
  const columns = bookColumns(settings, dates, mode, only, list);
  const placed = placeEntries(list, columns, mode, tz);
  const grid = gridHours(settings, placed);
  const opened = list.find((e) => e.id === openId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.appointments });

  const release = (id: string) =>
    setHeld((h) => {
      const next = new Map(h);
      next.delete(id);
      return next;
    });
  const move = useMutation({
    mutationFn: ({ entry, body }: { entry: AppointmentEntry; body: UpdateAppointment }) =>
      appointmentsApi.update(entry.id, body),
    onSuccess: async (_saved, { entry }) => {
      setMessage({ tone: 'success', text: t('book.moved', { name: nameOf(entry) }) });
      await refresh();
      release(entry.id);
    },
    onError: async (error, { entry }) => {
      // The appointment goes back where it was (or where someone else has since put it).
      release(entry.id);
      setMessage({
        tone: 'danger',
        text: t('book.notMoved', { name: nameOf(entry), reason: bookingErrorText(error, tz, t) }),
      });
      await refresh();
    },
  });
  const drop = (p: PlacedEntry, target: DragTarget) => {
    const column = columns.find((c) => c.key === target.columnKey);
    if (column === undefined) return;
    const { entry } = p;
    const startAt = instantInZone(column.date, target.start, tz);
    const resized = target.end - target.start !== p.end - p.start;
    const endAt = resized
      ? instantInZone(column.date, target.end, tz)
      : new Date(Date.parse(startAt) + Date.parse(entry.endAt) - Date.parse(entry.startAt)).toISOString();
    const body: UpdateAppointment = {
      version: entry.version,
      startAt,
      endAt,
      ...(mode === 'practitioner' && column.resourceId !== null && column.resourceId !== entry.practitionerId
        ? { practitionerId: column.resourceId }
        : {}),
      ...(mode === 'room' && column.resourceId !== entry.roomId ? { roomId: column.resourceId } : {}),
    };
    setHeld((h) => new Map(h).set(entry.id, target));
    setMessage(null);
    move.mutate({ entry, body });
  };

  const firstPractitioner = settings.practitioners[0]?.id ?? '';
  const slot = (resourceId: string | null, slotDate: string, minutes: number): BookingPrefill => ({
    patient: null,
    date: slotDate,
    minutes,
    practitionerId: mode === 'practitioner' ? (resourceId ?? only ?? firstPractitioner) : firstPractitioner,
    roomId: mode === 'room' ? (resourceId ?? only) : null,
  });
  const nextFreeMinutes = (): number => {
    const now = wallTimeInZone(Date.now(), tz);
    return date === today ? Math.min(23 * 60, Math.ceil(now.minutes / 15) * 15) : grid.start;
  };

  return (
    <>
      <BookToolbar
        settings={settings}
        view={view}
        mode={mode}
        date={date}
        today={today}
        only={only}
        canWrite={canWrite}
        onChange={setParam}
        onBook={() => setBooking(slot(null, date, nextFreeMinutes()))}
      />
      {message === null ? null : <Alert tone={message.tone}>{message.text}</Alert>}
      {entries.isError ? <Alert tone="danger">{entries.error.message}</Alert> : null}
      {entries.isPending ? <Loading /> : null}
      {columns.length === 0 ? (
        <Alert tone="info">{mode === 'room' ? t('book.noRooms') : t('book.noPractitioners')}</Alert>
      ) : (
        <BookGrid
          settings={settings}
          columns={columns}
          mode={mode}
          showDates={view === 'week'}
          placed={placed}
          grid={grid}
          held={held}
          onOpen={(e) => setOpenId(e.id)}
          onSlot={(column, minutes) => {
            if (canWrite) setBooking(slot(column.resourceId, column.date, minutes));
          }}
          onDrop={canWrite ? drop : () => undefined}
        />
      )}
      <Dialog open={booking !== null} title={t('book.bookTitle')} onClose={() => setBooking(null)}>
        {booking === null ? null : (
          <BookingForm
            settings={settings}
            prefill={booking}
            onCancel={() => setBooking(null)}
            onBooked={(saved, name) => {
              setBooking(null);
              const wall = wallTimeInZone(saved.startAt, tz);
              setMessage({ tone: 'success', text: t('book.booked', { name }) });
              setParam({ date: wall.date });
              void refresh();
            }}
            onSeries={(draft) => {
              setBooking(null);
              if (draft.patient !== null)
                setSeries({
                  patient: draft.patient,
                  episodeId: draft.episodeId,
                  practitionerId: draft.practitionerId,
                  roomId: draft.roomId,
                  typeId: draft.typeId,
                  firstDate: draft.date,
                  minutes: draft.minutes,
                });
            }}
          />
        )}
      </Dialog>
      <Dialog open={series !== null} title={t('series.title')} onClose={() => setSeries(null)}>
        {series === null ? null : (
          <SeriesForm
            settings={settings}
            prefill={series}
            onCancel={() => setSeries(null)}
            onBooked={(booked) => {
              setSeries(null);
              setMessage({
                tone: 'success',
                text: t('series.bookedFor', { count: booked.appointments.length, name: series.patient.name }),
              });
              const first = booked.appointments[0];
              if (first !== undefined) setParam({ date: wallTimeInZone(first.startAt, tz).date });
              void refresh();
            }}
          />
        )}
      </Dialog>
      <Dialog
        open={opened !== undefined}
        title={opened === undefined ? t('book.appointment') : <span translate="no">{nameOf(opened)}</span>}
        onClose={() => setOpenId(null)}
      >
        {opened === undefined ? null : (
          <>
            <AppointmentPanel
              key={`${opened.id}-${opened.version}`}
              entry={opened}
              settings={settings}
              canWrite={canWrite}
              onChanged={(text) => {
                setOpenId(null);
                setMessage({ tone: 'success', text });
                void refresh();
              }}
              onBookAgain={() => {
                setOpenId(null);
                const wall = wallTimeInZone(opened.startAt, tz);
                setBooking({
                  patient: { id: opened.patientId, name: nameOf(opened) },
                  date: addDaysToDate(wall.date, 7),
                  minutes: wall.minutes,
                  practitionerId: opened.practitionerId,
                  roomId: opened.roomId,
                  typeId: opened.typeId,
                  episodeId: opened.episodeId,
                });
              }}
            />
            <Button variant="link" onClick={() => setOpenId(null)}>
              {t('book.close')}
            </Button>
          </>
        )}
      </Dialog>
    </>
  );
}
