import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { useVisitTypeLabel } from '../timeline/visit-type-label';
import { staleDraftsQuery } from './stale-drafts-query';
import './drafts.css';

/**
 * The signed-in practitioner's unsigned drafts timed more than a day ago, oldest first, each one click
 * from its charting screen.
 */
export function DraftsPage() {
  const { t } = useTranslation('drafts');
  const visitTypeLabel = useVisitTypeLabel();
  const timeZone = useClinicTimeZone();
  // Always read afresh on opening: this is where a practitioner comes back to after signing one.
  const drafts = useQuery({ ...staleDraftsQuery, refetchOnMount: 'always' });
  return (
    <div className="stack">
      <PageTitle title={t('page.title')} />
      <p className="muted">{t('page.intro')}</p>
      {drafts.isPending ? <Loading /> : null}
      {drafts.isError ? <Alert tone="danger">{drafts.error.message}</Alert> : null}
      {drafts.isSuccess && drafts.data.length === 0 ? <p>{t('page.empty')}</p> : null}
      {drafts.isSuccess && drafts.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table drafts-table" aria-label={t('table.label')}>
            <thead>
              <tr>
                <th scope="col">{t('table.patient')}</th>
                <th scope="col">{t('table.chartNumber')}</th>
                <th scope="col">{t('table.visitDate')}</th>
                <th scope="col">{t('table.type')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('table.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((d) => {
                const when = formatDateTime(d.visitAt, timeZone);
                return (
                  <tr key={d.visitId} data-visit-id={d.visitId}>
                    <th scope="row">
                      <Link to={`/patients/${d.patientId}`} translate="no">
                        {d.patientName}
                      </Link>
                    </th>
                    <td translate="no">{d.chartNumber}</td>
                    <td>
                      <time dateTime={d.visitAt}>{when}</time>
                    </td>
                    <td>{visitTypeLabel(d.type)}</td>
                    <td>
                      <Link
                        className="button button-secondary"
                        to={`/patients/${d.patientId}/visits/${d.visitId}`}
                        aria-label={t('table.openDraftOf', { name: d.patientName, when })}
                      >
                        {t('table.openDraft')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
