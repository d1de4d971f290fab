import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { visitTypeLabels } from '../timeline/visit-type-label';
import { staleDraftsQuery } from './stale-drafts-query';
import './drafts.css';

/**
 * The signed-in practitioner's unsigned drafts timed more than a day ago, oldest first, each one click
 * from its charting screen.
 */
export function DraftsPage() {
  const timeZone = useClinicTimeZone();
  // Always read afresh on opening: this is where a practitioner comes back to after signing one.
  const drafts = useQuery({ ...staleDraftsQuery, refetchOnMount: 'always' });
  return (
    <div className="stack">
      <PageTitle title="Unsigned drafts" />
      <p className="muted">
        Your draft visits dated more than a day ago, oldest first. Open each one to finish and sign it.
      </p>
      {drafts.isPending ? <Loading /> : null}
      {drafts.isError ? <Alert tone="danger">{drafts.error.message}</Alert> : null}
      {drafts.isSuccess && drafts.data.length === 0 ? <p>No unsigned drafts older than a day.</p> : null}
      {drafts.isSuccess && drafts.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table drafts-table" aria-label="Unsigned drafts, oldest first">
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Chart number</th>
                <th scope="col">Visit date</th>
                <th scope="col">Type</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((d) => {
                const when = formatDateTime(d.visitAt, timeZone);
                return (
                  <tr key={d.visitId} data-visit-id={d.visitId}>
                    <th scope="row">
                      <Link to={`/patients/${d.patientId}`}>{d.patientName}</Link>
                    </th>
                    <td>{d.chartNumber}</td>
                    <td>{when}</td>
                    <td>{visitTypeLabels[d.type]}</td>
                    <td>
                      <Link
                        className="button button-secondary"
                        to={`/patients/${d.patientId}/visits/${d.visitId}`}
                      >
                        Open draft
                        <span className="visually-hidden">
                          {' '}
                          of {d.patientName}, {when}
                        </span>
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
