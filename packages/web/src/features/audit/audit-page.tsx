import type { AuditPage as AuditPageBody } from '@sotchart/contract';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link, useSearchParams } from 'react-router';
import { auditApi } from '../../api/audit-api';
import { fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { patientFullName, patientName } from '../patients/patient-name';
import { AuditFilters, auditFilterKeys, type AuditFilterValues } from './audit-filters';
import { actionLabel, entityLabel, whoLabel } from './audit-labels';

/**
 * Who read or changed patient records, newest first (owners and auditors). With `?patientId=` it shows
 * one patient's record; without, the whole clinic's, each entry naming its patient. The filters (user,
 * action, clinic dates) live in the address too, so a filtered log can be linked to and returned to.
 */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patientId') ?? '';
  const filters: AuditFilterValues = {
    actorId: params.get('actorId') ?? '',
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const setFilters = (next: AuditFilterValues) => {
    const address = new URLSearchParams(params);
    for (const key of auditFilterKeys) {
      if (next[key] === '') address.delete(key);
      else address.set(key, next[key]);
    }
    setParams(address, { replace: true });
  };
  const filterParams = Object.fromEntries(
    auditFilterKeys.flatMap((k) => (filters[k] === '' ? [] : [[k, filters[k]]])),
  );
  const timeZone = useClinicTimeZone();
  const patient = useQuery({
    queryKey: queryKeys.patient(patientId),
    queryFn: () => patientsApi.get(patientId),
    enabled: patientId !== '',
  });
  const log = useInfiniteQuery({
    queryKey: queryKeys.audit(patientId, filterParams),
    queryFn: ({ pageParam }) =>
      auditApi.query({
        ...(patientId === '' ? {} : { patientId }),
        ...filterParams,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  // The users stay listed while a new filter loads or is refused, so the choice never disappears.
  const [users, setUsers] = useState<AuditPageBody['users']>([]);
  const answeredUsers = log.data?.pages[0]?.users;
  useEffect(() => {
    if (answeredUsers !== undefined) setUsers(answeredUsers);
  }, [answeredUsers]);
  const filterErrors = fieldErrorsOf(log.error);
  const title =
    patientId === ''
      ? t('page.title')
      : patient.data === undefined
        ? t('page.patientTitleLoading')
        : t('page.patientTitle', { name: patientFullName(patient.data) });
  return (
    <div className="stack">
      <PageTitle title={title} />
      <p className="muted">
        {t('page.intro')}
        {patientId === '' ? null : (
          <>
            {' '}
            <Link to="/audit">{t('page.wholeClinic')}</Link> ·{' '}
            <Link to={`/patients/${patientId}`}>{t('page.openPatient')}</Link>
          </>
        )}
      </p>
      <AuditFilters value={filters} users={users} errors={filterErrors} onChange={setFilters} />
      {log.isPending ? <Loading /> : null}
      {log.isError && Object.keys(filterErrors).length === 0 ? (
        <Alert tone="danger">{log.error.message}</Alert>
      ) : null}
      {log.isSuccess && entries.length === 0 ? <p>{t('page.empty')}</p> : null}
      {entries.length === 0 ? null : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.when')}</th>
                <th scope="col">{t('table.who')}</th>
                <th scope="col">{t('table.action')}</th>
                <th scope="col">{t('table.what')}</th>
                {patientId === '' ? <th scope="col">{t('table.patient')}</th> : null}
                <th scope="col">{t('table.from')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const who = whoLabel(e);
                const what = entityLabel(e.entityType);
                return (
                  <tr key={e.seq}>
                    <td>
                      <time dateTime={e.at}>{formatDateTime(e.at, timeZone)}</time>
                    </td>
                    <td translate={who.name === null ? undefined : 'no'}>{who.text}</td>
                    <td>{actionLabel(e.action)}</td>
                    <td translate={what === null ? 'no' : undefined}>
                      {what ?? e.entityType.replaceAll('_', ' ')}
                    </td>
                    {patientId === '' ? (
                      <td>
                        {e.patientId === null ? (
                          '—'
                        ) : (
                          <Link to={`/audit?patientId=${e.patientId}`}>
                            {e.patientName === null ? (
                              t('table.patientLog')
                            ) : (
                              <span translate="no">{patientName(e.patientName)}</span>
                            )}
                          </Link>
                        )}
                      </td>
                    ) : null}
                    <td translate="no">{e.ip}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage ? (
        <Button onClick={() => void log.fetchNextPage()} busy={log.isFetchingNextPage}>
          {t('page.showOlder')}
        </Button>
      ) : null}
    </div>
  );
}
