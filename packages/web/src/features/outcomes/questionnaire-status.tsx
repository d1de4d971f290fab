import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { formatInstantDate } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { instrumentShortName, scheduleStatusKeys } from './instrument-labels';

/**
 * Whether each questionnaire of the open episode was done, and when, from the schedule: what a role
 * without clinical access sees in place of scores (issue 16: an assistant hands questionnaires out
 * and sees whether they are done).
 */
export function QuestionnaireStatusList({
  patientId,
  timeZone,
}: {
  readonly patientId: string;
  readonly timeZone: string;
}) {
  const { t } = useTranslation('outcomes');
  const schedule = useQuery({
    queryKey: outcomeKeys.schedule(patientId),
    queryFn: () => outcomesApi.schedule(patientId),
  });
  if (schedule.isPending) return <Loading />;
  if (schedule.isError) return <Alert tone="danger">{schedule.error.message}</Alert>;
  if (schedule.data.items.length === 0) return <p className="muted">{t('status.noneScheduled')}</p>;
  return (
    <ul className="outcome-latest" aria-label={t('status.listLabel')}>
      {schedule.data.items.map((i) => (
        <li key={i.instrumentId}>
          <strong>{instrumentShortName(i.instrumentId)}</strong>{' '}
          {i.lastAdministeredAt === null
            ? t('status.notDone')
            : t('status.done', { date: formatInstantDate(i.lastAdministeredAt, timeZone) })}{' '}
          <span className="muted">
            {t('status.statusInParens', { status: t(scheduleStatusKeys[i.status]) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
