import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { auditApi } from '../../api/audit-api';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { patientFullName } from '../patients/patient-name';

const actionLabels: Readonly<Record<string, string>> = {
  read: 'Read',
  create: 'Created',
  update: 'Changed',
  sign: 'Signed',
  archive: 'Archived',
  export: 'Exported',
  login: 'Signed in',
  login_failed: 'Sign-in failed',
  logout: 'Signed out',
};

/**
 * Who read or changed patient records, newest first (owners and auditors). With `?patientId=` it shows
 * one patient's record; without, the whole clinic's.
 */
export function AuditPage() {
  const [params] = useSearchParams();
  const patientId = params.get('patientId') ?? '';
  const timeZone = useClinicTimeZone();
  const patient = useQuery({
    queryKey: queryKeys.patient(patientId),
    queryFn: () => patientsApi.get(patientId),
    enabled: patientId !== '',
  });
  const log = useInfiniteQuery({
    queryKey: queryKeys.audit(patientId),
    queryFn: ({ pageParam }) =>
      auditApi.query({
        ...(patientId === '' ? {} : { patientId }),
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  const title =
    patientId === ''
      ? 'Audit log'
      : `Access log: ${patient.data === undefined ? 'patient' : patientFullName(patient.data)}`;
  return (
    <div className="stack">
      <PageTitle title={title} />
      <p className="muted">
        Every read and change of patient data, with who, when and from where. The log cannot be edited.
        {patientId === '' ? null : (
          <>
            {' '}
            <Link to="/audit">Show the whole clinic</Link> ·{' '}
            <Link to={`/patients/${patientId}`}>Open the patient</Link>
          </>
        )}
      </p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <Alert tone="danger">{log.error.message}</Alert> : null}
      {log.isSuccess && entries.length === 0 ? <p>No accesses recorded.</p> : null}
      {entries.length === 0 ? null : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Accesses, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                {patientId === '' ? <th scope="col">Patient</th> : null}
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>{formatDateTime(e.at, timeZone)}</td>
                  <td>{e.actor?.displayName ?? 'Unknown'}</td>
                  <td>{actionLabels[e.action] ?? e.action}</td>
                  <td>{e.entityType.replaceAll('_', ' ')}</td>
                  {patientId === '' ? (
                    <td>
                      {e.patientId === null ? (
                        '—'
                      ) : (
                        <Link to={`/audit?patientId=${e.patientId}`}>Patient log</Link>
                      )}
                    </td>
                  ) : null}
                  <td>{e.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage ? (
        <Button onClick={() => void log.fetchNextPage()} busy={log.isFetchingNextPage}>
          Show older
        </Button>
      ) : null}
    </div>
  );
}
