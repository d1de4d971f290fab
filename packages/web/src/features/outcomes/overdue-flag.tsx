import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { formatCalendarDate } from '../../ui/date-format';
import { useCan } from '../auth/use-can';
import { instrumentShortName } from './instrument-labels';

/**
 * A notice on the patient page when outcome questionnaires of the open episode are overdue (or due
 * today), with a link to enter them or send them to the tablet. Shows nothing otherwise.
 */
export function OverdueFlag({ patientId }: { readonly patientId: string }) {
  const { t } = useTranslation('outcomes');
  const canEnter = useCan('clinicalWrite');
  const schedule = useQuery({
    queryKey: outcomeKeys.schedule(patientId),
    queryFn: () => outcomesApi.schedule(patientId),
  });
  const items = schedule.data?.items ?? [];
  const overdue = items.filter((i) => i.status === 'overdue');
  const due = items.filter((i) => i.status === 'due');
  if (overdue.length === 0 && due.length === 0) return null;
  const list = (of: typeof items) =>
    of
      .map((i) =>
        i.dueDate === null
          ? t('overdue.item', { instrument: instrumentShortName(i.instrumentId), kind: i.kind })
          : t('overdue.itemDue', {
              instrument: instrumentShortName(i.instrumentId),
              kind: i.kind,
              date: formatCalendarDate(i.dueDate),
            }),
      )
      .join(t('list.separator'));
  return (
    <div
      className={`alert ${overdue.length > 0 ? 'alert-warning' : 'alert-info'} outcome-flag`}
      role="status"
    >
      {overdue.length > 0 ? (
        <p>
          <strong>{t('overdue.overdue')}</strong> {list(overdue)}.
        </p>
      ) : null}
      {due.length > 0 ? (
        <p>
          <strong>{t('overdue.dueToday')}</strong> {list(due)}.
        </p>
      ) : null}
      <Link to={`/patients/${patientId}/outcomes`}>
        {canEnter ? t('overdue.enterOrSend') : t('overdue.send')}
      </Link>
    </div>
  );
}
