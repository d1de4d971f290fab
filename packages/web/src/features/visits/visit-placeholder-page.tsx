import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { visitsApi } from '../../api/visits-api';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { visitTypeLabels } from '../timeline/visit-type-label';

/**
 * Stands in for the visit charting screen (features/charting, built separately) at
 * `/patients/:id/visits/:visitId`: it shows which visit is open and leads back to the patient.
 */
export function VisitPlaceholderPage() {
  const { id = '', visitId = '' } = useParams();
  const timeZone = useClinicTimeZone();
  const visit = useQuery({ queryKey: queryKeys.visit(visitId), queryFn: () => visitsApi.visit(visitId) });
  return (
    <div className="stack narrow">
      <PageTitle title="Visit" />
      {visit.isPending ? <Loading /> : null}
      {visit.isError ? <Alert tone="danger">{visit.error.message}</Alert> : null}
      {visit.data === undefined ? null : (
        <p>
          {visitTypeLabels[visit.data.type]} visit, {formatDateTime(visit.data.visitAt, timeZone)} —{' '}
          {visit.data.status === 'signed' ? 'signed' : 'draft'}.
        </p>
      )}
      <p className="muted">The charting screen opens here.</p>
      <Link to={`/patients/${id}`}>Back to the patient</Link>
    </div>
  );
}
