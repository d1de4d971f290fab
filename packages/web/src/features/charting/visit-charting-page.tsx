import { ErrorCode, type Visit } from '@sotchart/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link, useParams } from 'react-router';
import { hasErrorCode } from '../../api/api-error';
import { clinicApi } from '../../api/clinic-api';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { chartingApi, visitsApi } from '../../api/visits-api';
import { Alert } from '../../ui/alert';
import { formatDateTime } from '../../ui/date-format';
import { ReviewNote } from '../../i18n/review-note';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useClinicTimeZone } from '../auth/session-context';
import { FromAppointment } from '../day-list/from-appointment';
import { patientFullName } from '../patients/patient-name';
import { ChartingScreen } from './charting-screen';
import '../../ui/charting.css';

/** The last visit before `visit`, newest first in `visits`. */
function previousOf(visit: Visit, visits: readonly Visit[]): Visit | null {
  const at = Date.parse(visit.visitAt);
  return visits.find((v) => v.id !== visit.id && Date.parse(v.visitAt) <= at) ?? null;
}

/**
 * `/patients/:id/visits/:visitId`: loads the visit (fresh from the server, so a draft never starts from
 * a stale version), the clinic's protocol pack and the patient's earlier visits, then charts it.
 */
export function VisitChartingPage() {
  // The charting screen's catalogues, loaded together before it renders (its plain helpers use them too).
  const { t } = useTranslation(['charting', 'blocking', 'chartingNote', 'protocolContent']);
  const { id = '', visitId = '' } = useParams();
  const timeZone = useClinicTimeZone();
  const queryClient = useQueryClient();
  const visit = useQuery({
    queryKey: queryKeys.visit(visitId),
    queryFn: () => visitsApi.visit(visitId),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const protocol = useQuery({
    queryKey: queryKeys.protocol,
    queryFn: clinicApi.protocol,
    staleTime: 300_000,
  });
  const patient = useQuery({ queryKey: queryKeys.patient(id), queryFn: () => patientsApi.get(id) });
  const history = useQuery({
    queryKey: ['patient', id, 'visits'],
    queryFn: () => chartingApi.patientVisits(id),
  });
  const episodes = useQuery({ queryKey: queryKeys.episodes(id), queryFn: () => visitsApi.episodes(id) });
  const pack = protocol.data?.effective;
  const onSigned = useCallback(
    (signed: Visit) => {
      queryClient.setQueryData(queryKeys.visit(signed.id), signed);
      void queryClient.invalidateQueries({ queryKey: queryKeys.timeline(signed.patientId) });
      void queryClient.invalidateQueries({ queryKey: ['patient', signed.patientId, 'visits'] });
    },
    [queryClient],
  );

  const name =
    patient.data === undefined
      ? t('page.title')
      : t('page.titleWithPatient', { patient: patientFullName(patient.data) });
  const loaded =
    visit.data !== undefined &&
    visit.isFetchedAfterMount &&
    pack !== undefined &&
    !history.isPending &&
    !episodes.isPending;
  const v = visit.data;
  // Opened without a network: the visit as kept in the day's working set (features/offline).
  const keptCopy = v !== undefined && hasErrorCode(visit.error, ErrorCode.NETWORK);
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={name} />
        <Link to={`/patients/${id}`}>{t('page.back')}</Link>
      </div>
      <ReviewNote namespaces={['charting', 'chartingNote', 'protocolContent']} />
      {v === undefined ? null : (
        <p className="muted">
          {t('page.visitLine', { type: v.type })}{' '}
          <time dateTime={v.visitAt}>{formatDateTime(v.visitAt, timeZone)}</time>
          <FromAppointment visitId={v.id} timeZone={timeZone} />
        </p>
      )}
      {visit.isError && keptCopy ? (
        <Alert>{t('page.offlineCopy')}</Alert>
      ) : visit.isError ? (
        <Alert tone="danger">{visit.error.message}</Alert>
      ) : null}
      {protocol.isError && pack === undefined ? <Alert tone="danger">{protocol.error.message}</Alert> : null}
      {!loaded || v === undefined || pack === undefined ? (
        visit.isError || protocol.isError ? null : (
          <Loading label={t('page.opening')} />
        )
      ) : (
        <ChartingScreen
          key={v.id}
          visit={v}
          pack={pack}
          previous={previousOf(v, history.data ?? [])}
          episode={(episodes.data ?? []).find((e) => e.id === v.episodeId) ?? null}
          timeZone={timeZone}
          onSigned={onSigned}
        />
      )}
    </div>
  );
}
