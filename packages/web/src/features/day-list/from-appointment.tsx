import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { chartingApi } from '../../api/visits-api';
import { clinicClockTime } from './appointment-timing';

/**
 * The charting header's note of the appointment a visit was started from ("From the 09:00
 * Follow-up appointment"); nothing for a visit started otherwise, or while offline.
 */
export function FromAppointment({
  visitId,
  timeZone,
}: {
  readonly visitId: string;
  readonly timeZone: string;
}) {
  const { t } = useTranslation('dayList');
  const found = useQuery({
    queryKey: ['visit', visitId, 'appointment'],
    queryFn: () => chartingApi.appointment(visitId),
    staleTime: 60_000,
  });
  const appointment = found.data?.appointment;
  if (appointment === undefined || appointment === null) return null;
  return (
    <span data-from-appointment={appointment.id}>
      {' · '}
      {t('fromAppointment', {
        time: clinicClockTime(appointment.startAt, timeZone),
        type: appointment.typeName,
      })}
    </span>
  );
}
