import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatCalendarDate } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { AddConsentForm } from './add-consent-form';
import { useConsentTypeLabel } from './consent-labels';

export interface ConsentListProps {
  readonly patientId: string;
  readonly canRecord: boolean;
  /** Today in the clinic's time zone, the default signing date. */
  readonly today: string;
}

/** The patient's consents, newest first, and (for roles that may) a form to record one. */
export function ConsentList({ patientId, canRecord, today }: ConsentListProps) {
  const { t } = useTranslation('consents');
  const typeLabel = useConsentTypeLabel();
  const [adding, setAdding] = useState(false);
  const consents = useQuery({
    queryKey: queryKeys.consents(patientId),
    queryFn: () => patientsApi.consents(patientId),
  });
  if (consents.isPending) return <Loading />;
  if (consents.isError) return <Alert tone="danger">{consents.error.message}</Alert>;
  const ordered = consents.data.slice().sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div className="stack consent-list">
      {ordered.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <ul className="plain-list">
          {ordered.map((c) => (
            <li key={c.id}>
              <strong>{typeLabel(c.type)}</strong>
              {t('list.signed', { date: formatCalendarDate(c.date), signedBy: c.signedBy })}
              {c.note === '' ? null : (
                <span className="muted">
                  {' — '}
                  <span translate="no">{c.note}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRecord && !adding ? (
        <Button className="consent-record" onClick={() => setAdding(true)}>
          {t('list.record')}
        </Button>
      ) : null}
      {adding ? <AddConsentForm patientId={patientId} today={today} onDone={() => setAdding(false)} /> : null}
    </div>
  );
}
