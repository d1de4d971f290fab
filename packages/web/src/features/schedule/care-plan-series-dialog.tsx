import { addDaysToDate, minutesOfDay, wallTimeInZone, type BookedSeries } from '@sotchart/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { todayIn } from '../../ui/date-format';
import type { PickedPatient } from './patient-picker';
import { SeriesForm } from './series-form';
import { useScheduleSettings } from './use-schedule-settings';
import './schedule.css';

/**
 * The series form opened from an episode on the patient page: it starts tomorrow at the first
 * practitioner's opening time, with the plan's weekdays, weeks and re-examination.
 */
export function CarePlanSeriesDialog({
  patient,
  episodeId,
  onDone,
}: {
  readonly patient: PickedPatient;
  readonly episodeId: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation('schedule');
  const settings = useScheduleSettings();
  const queryClient = useQueryClient();
  const [booked, setBooked] = useState<BookedSeries | null>(null);
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <Alert tone="danger">{settings.error.message}</Alert>;
  const s = settings.data;
  if (booked !== null) {
    const first = booked.appointments[0];
    return (
      <div className="stack">
        <Alert tone="success">{t('series.booked', { count: booked.appointments.length })}</Alert>
        <div className="form-actions">
          <Link
            className="button button-primary"
            to={`/schedule?view=week${first === undefined ? '' : `&date=${wallTimeInZone(first.startAt, s.timeZone).date}`}`}
          >
            {t('series.openBook')}
          </Link>
          <Button onClick={onDone}>{t('series.close')}</Button>
        </div>
      </div>
    );
  }
  const practitioner = s.practitioners[0];
  const firstDate = addDaysToDate(todayIn(s.timeZone), 1);
  const opening = practitioner?.hours.days[0]?.start;
  return (
    <SeriesForm
      settings={s}
      prefill={{
        patient,
        episodeId,
        practitionerId: practitioner?.id ?? '',
        roomId: null,
        typeId: null,
        firstDate,
        minutes: opening === undefined ? 9 * 60 : minutesOfDay(opening),
      }}
      onCancel={onDone}
      onBooked={(series) => {
        setBooked(series);
        void queryClient.invalidateQueries({ queryKey: queryKeys.appointments });
      }}
    />
  );
}
