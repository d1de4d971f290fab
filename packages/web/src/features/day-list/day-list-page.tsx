import {
  addDaysToDate,
  ErrorCode,
  type AppointmentEntry,
  type AppointmentStatus,
  type CreatedKioskLink,
} from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from '@sotchart/i18n';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useNavigate, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../api/api-error';
import { appointmentsApi } from '../../api/appointments-api';
import { outcomesApi } from '../../api/outcomes-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatCalendarDate, todayIn } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { SelectField } from '../../ui/select-field';
import { useCan } from '../auth/use-can';
import { useClinicTimeZone, useSession } from '../auth/session-context';
import { CancelDialog } from './cancel-dialog';
import { CheckInDialog } from './check-in-dialog';
import { DayListRow, type RowHandlers } from './day-list-row';
import { useNow } from './use-now';
import './day-list.css';

/** How often the list asks again: arrivals from the desk or the tablet show within half a minute. */
export const dayListRefreshMs = 30_000;
const allPractitioners = 'all';

/** A failed action in words; a conflict means someone else changed the row, and the list is re-read. */
function actionError(error: unknown, t: TFunction<'dayList'>): string {
  if (hasErrorCode(error, ErrorCode.VERSION_CONFLICT)) return t('error.conflict');
  return error instanceof Error ? error.message : t('error.unknown');
}

/**
 * The day list (`/today`): one clinic day's appointments in time order, each with where it stands,
 * what is due and one action to start or open its visit. A practitioner sees their own day when they
 * have appointments; the front desk sees everyone's. It refreshes itself every 30 seconds.
 */
export function DayListPage() {
  const { t } = useTranslation('dayList');
  const session = useSession();
  const clinicZone = useClinicTimeZone();
  const canChart = useCan('clinicalWrite');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const now = useNow(dayListRefreshMs);
  const [params, setParams] = useSearchParams();
  const date = params.get('date');
  const chosen = params.get('practitioner');

  const settings = useQuery({ queryKey: queryKeys.scheduleSettings, queryFn: appointmentsApi.settings });
  const self = session.user.id;
  const schedulesSelf = canChart && settings.data?.practitioners.some((p) => p.id === self) === true;
  // The practitioner's own day while they have appointments on it; everyone's otherwise.
  const ownDay = useQuery({
    queryKey: queryKeys.dayList(date, self),
    queryFn: () => appointmentsApi.dayList({ ...(date === null ? {} : { date }), practitionerId: self }),
    enabled: chosen === null && schedulesSelf,
    refetchInterval: dayListRefreshMs,
  });
  const filter = chosen ?? (schedulesSelf && ownDay.data?.entries.length !== 0 ? self : allPractitioners);
  const practitionerId = filter === allPractitioners ? null : filter;
  const day = useQuery({
    queryKey: queryKeys.dayList(date, practitionerId),
    queryFn: () =>
      appointmentsApi.dayList({
        ...(date === null ? {} : { date }),
        ...(practitionerId === null ? {} : { practitionerId }),
      }),
    enabled: settings.data !== undefined && (chosen !== null || !schedulesSelf || ownDay.data !== undefined),
    refetchInterval: dayListRefreshMs,
  });

  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<AppointmentEntry | null>(null);
  const [checkIn, setCheckIn] = useState<{ entry: AppointmentEntry; link: CreatedKioskLink } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.appointments });
  const failed = async (error: unknown) => {
    setFailure(actionError(error, t));
    if (hasErrorCode(error, ErrorCode.VERSION_CONFLICT)) await refresh();
  };

  const startVisit = useMutation({
    mutationFn: (entry: AppointmentEntry) => appointmentsApi.startVisit(entry.id),
    onSuccess: async (started) => {
      await refresh();
      await navigate(`/patients/${started.appointment.patientId}/visits/${started.visitId}`);
    },
    onError: failed,
  });
  const changeStatus = useMutation({
    mutationFn: (change: { entry: AppointmentEntry; status: Exclude<AppointmentStatus, 'cancelled'> }) =>
      appointmentsApi.changeStatus(change.entry.id, { status: change.status, version: change.entry.version }),
    onSuccess: refresh,
    onError: failed,
  });
  const cancel = useMutation({
    mutationFn: (change: { entry: AppointmentEntry; reason: string }) =>
      appointmentsApi.changeStatus(change.entry.id, {
        status: 'cancelled',
        reason: change.reason,
        version: change.entry.version,
      }),
    onSuccess: async () => {
      setCancelling(null);
      await refresh();
    },
  });
  const makeCheckIn = useMutation({
    mutationFn: async (entry: AppointmentEntry) => ({
      entry,
      link: await outcomesApi.createCheckInLink(entry.id),
    }),
    onSuccess: setCheckIn,
    onError: failed,
  });

  const handlers: RowHandlers = {
    onVisit: (entry) => {
      setFailure(null);
      startVisit.mutate(entry);
    },
    onStatus: (entry, status) => {
      setFailure(null);
      changeStatus.mutate({ entry, status });
    },
    onCancel: (entry) => {
      setFailure(null);
      cancel.reset();
      setCancelling(entry);
    },
    onCheckIn: (entry) => {
      setFailure(null);
      makeCheckIn.mutate(entry);
    },
  };
  const busyId = startVisit.isPending
    ? startVisit.variables.id
    : changeStatus.isPending
      ? changeStatus.variables.entry.id
      : makeCheckIn.isPending
        ? makeCheckIn.variables.id
        : null;

  const timeZone = day.data?.timeZone ?? clinicZone;
  const shownDate = day.data?.date ?? date ?? todayIn(clinicZone);
  const isToday = shownDate === todayIn(timeZone, new Date(now));
  const goTo = (next: string | null, practitioner: string | null = chosen) => {
    const search = new URLSearchParams();
    if (next !== null) search.set('date', next);
    if (practitioner !== null) search.set('practitioner', practitioner);
    setParams(search, { replace: true });
  };
  const roomName = new Map(settings.data?.rooms.map((r) => [r.id, r.name]));
  const practitionerName = new Map(settings.data?.practitioners.map((p) => [p.id, p.name]));
  const whereOf = (entry: AppointmentEntry): string =>
    [
      entry.roomId === null ? null : roomName.get(entry.roomId),
      practitionerId === null ? practitionerName.get(entry.practitionerId) : null,
    ]
      .filter((part): part is string => part !== null && part !== undefined)
      .join(' · ');
  const entries = day.data?.entries ?? [];

  return (
    <div className="stack day-list-page">
      <div className="page-head">
        <PageTitle title={isToday ? t('page.today') : t('page.dayList')}>
          {isToday ? t('page.today') : t('page.dayList')}{' '}
          <time className="day-date" dateTime={shownDate}>
            {formatCalendarDate(shownDate)}
          </time>
        </PageTitle>
      </div>
      <div className="day-toolbar" role="group" aria-label={t('toolbar.label')}>
        <Button onClick={() => goTo(addDaysToDate(shownDate, -1))} aria-label={t('toolbar.previousDay')}>
          {t('toolbar.previous')}
        </Button>
        <label className="day-date-field">
          <span className="visually-hidden">{t('toolbar.date')}</span>
          <input
            type="date"
            value={shownDate}
            onChange={(e) => (e.target.value === '' ? undefined : goTo(e.target.value))}
          />
        </label>
        <Button onClick={() => goTo(addDaysToDate(shownDate, 1))} aria-label={t('toolbar.nextDay')}>
          {t('toolbar.next')}
        </Button>
        {isToday ? null : <Button onClick={() => goTo(null)}>{t('toolbar.today')}</Button>}
        <div className="day-filter">
          <SelectField
            label={t('toolbar.practitioner')}
            value={filter}
            options={[
              { value: allPractitioners, label: t('toolbar.allPractitioners') },
              ...(settings.data?.practitioners ?? []).map((p) => ({
                value: p.id,
                label: p.id === self ? t('toolbar.me', { name: p.name }) : p.name,
              })),
            ]}
            onChange={(value) => goTo(date, value)}
          />
        </div>
      </div>
      {failure === null ? null : <Alert tone="danger">{failure}</Alert>}
      {day.isError ? <Alert tone="danger">{day.error.message}</Alert> : null}
      {settings.isError ? <Alert tone="danger">{settings.error.message}</Alert> : null}
      {day.data === undefined && !day.isError ? (
        <Loading />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {entries.length === 0
              ? t('summary.none')
              : practitionerId === null
                ? t('summary.count', { count: entries.length })
                : t('summary.countFor', {
                    count: entries.length,
                    practitioner: practitionerName.get(practitionerId) ?? t('summary.thisPractitioner'),
                  })}
          </p>
          {entries.length === 0 ? null : (
            <ol className="day-list" aria-label={t('list.label')}>
              {entries.map((entry) => (
                <DayListRow
                  key={entry.id}
                  entry={entry}
                  timeZone={timeZone}
                  now={now}
                  where={whereOf(entry)}
                  busy={busyId === entry.id}
                  handlers={handlers}
                />
              ))}
            </ol>
          )}
        </>
      )}
      <CancelDialog
        key={cancelling?.id ?? 'none'}
        entry={cancelling}
        busy={cancel.isPending}
        error={cancel.isError ? actionError(cancel.error, t) : null}
        onCancel={(reason) => cancelling !== null && cancel.mutate({ entry: cancelling, reason })}
        onClose={() => setCancelling(null)}
      />
      <CheckInDialog
        entry={checkIn?.entry ?? null}
        link={checkIn?.link ?? null}
        timeZone={timeZone}
        onClose={() => setCheckIn(null)}
      />
    </div>
  );
}
