import type { TimelineEntry } from '@sotchart/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { Link, useParams } from 'react-router';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { visitsApi } from '../../api/visits-api';
import { ReviewNote } from '../../i18n/review-note';
import { Alert } from '../../ui/alert';
import { todayIn } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { useClinicTimeZone } from '../auth/session-context';
import { useCan } from '../auth/use-can';
import { ConsentList } from '../consents/consent-list';
import { PatientDocuments } from '../documents/patient-documents';
import { currentEpisode } from '../episodes/current-episode';
import { EpisodeList } from '../episodes/episode-list';
import { PatientExports } from '../exports/patient-exports';
import { OutcomesPanel } from '../outcomes/outcomes-panel';
import { OverdueFlag } from '../outcomes/overdue-flag';
import { useIndicatorNames } from '../protocol/use-indicator-names';
import { VisitTimeline } from '../timeline/visit-timeline';
import { VisitTrends } from '../timeline/visit-trends';
import { ArchivePatientButton } from './archive-patient-button';
import { ImportedHistory } from './imported-history';
import { MedicalHistoryDetails } from './medical-history-details';
import { NewVisitButton } from './new-visit-button';
import { PatientDetails } from './patient-details';
import { PatientHeader } from './patient-header';
import { patientFullName, patientName } from './patient-name';

/** The newest signed visit with an analysis, else the newest with one (a fresh draft has none yet). */
function lastCharted(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  const charted = entries.filter((e) => e.clinical !== undefined);
  return charted.find((e) => e.status === 'signed') ?? charted[0];
}

/**
 * A patient's page: header, visit timeline and trends, episodes of care, history and consents.
 * Roles without clinical access (assistants) see demographics, consents, visit dates and whether
 * questionnaires are due or done: no scores, history or notes.
 */
export function PatientPage() {
  const { t } = useTranslation(['patients', 'common']);
  const { id = '' } = useParams();
  const timeZone = useClinicTimeZone();
  const clinical = useCan('clinicalRead');
  const canChart = useCan('clinicalWrite');
  const canEdit = useCan('demographicsWrite');
  const canAudit = useCan('auditRead');
  const patient = useQuery({ queryKey: queryKeys.patient(id), queryFn: () => patientsApi.get(id) });
  const timeline = useQuery({ queryKey: queryKeys.timeline(id), queryFn: () => patientsApi.timeline(id) });
  const episodes = useQuery({
    queryKey: queryKeys.episodes(id),
    queryFn: () => visitsApi.episodes(id),
    enabled: clinical,
  });
  const medical = useQuery({
    queryKey: queryKeys.history(id),
    queryFn: () => patientsApi.history(id),
    enabled: clinical,
  });
  const indicatorName = useIndicatorNames(clinical);
  const today = todayIn(timeZone);

  if (patient.isPending) return <Loading label={t('patientPage.opening')} />;
  if (patient.isError) {
    return (
      <>
        <PageTitle title={t('patientPage.notFound')} />
        <Alert tone="danger">{patient.error.message}</Alert>
        <Link to="/patients">{t('patientPage.backToPatients')}</Link>
      </>
    );
  }
  const p = patient.data;
  const entries = timeline.data?.entries ?? [];
  const episode = currentEpisode(episodes.data ?? []);
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={patientFullName(p)}>
          <span translate="no">{patientFullName(p)}</span>
        </PageTitle>
        <div className="page-actions">
          {canChart && !p.archived ? (
            <NewVisitButton
              patientId={p.id}
              entries={timeline.data?.entries}
              episodes={episodes.data}
              timeZone={timeZone}
            />
          ) : null}
          {canEdit ? (
            <Link className="button button-secondary" to={`/patients/${p.id}/edit`}>
              {t('edit', { ns: 'common' })}
            </Link>
          ) : null}
          {canEdit && !p.archived ? <ArchivePatientButton patient={p} /> : null}
          {canAudit ? (
            <Link className="button button-secondary" to={`/audit?patientId=${p.id}`}>
              {t('patientPage.accessLog')}
            </Link>
          ) : null}
        </div>
      </div>
      <PatientHeader
        patient={p}
        today={today}
        {...(clinical ? { clinical: { episode, lastVisit: lastCharted(entries), timeZone } } : {})}
      />
      <ReviewNote namespaces={['patients']} />
      <OverdueFlag patientId={p.id} />
      <Section title={t('patientPage.visits')}>
        {timeline.isPending ? <Loading /> : null}
        {timeline.isError ? <Alert tone="danger">{timeline.error.message}</Alert> : null}
        {timeline.isSuccess ? (
          <VisitTimeline
            patientId={p.id}
            entries={entries}
            timeZone={timeZone}
            indicatorName={indicatorName}
            clinical={clinical}
          />
        ) : null}
      </Section>
      {clinical && timeline.isSuccess ? (
        <Section title={t('patientPage.trends')}>
          <VisitTrends entries={entries} timeZone={timeZone} />
        </Section>
      ) : null}
      <OutcomesPanel patientId={p.id} scores={clinical} />
      {clinical && timeline.isSuccess ? (
        <PatientDocuments patientId={p.id} entries={entries} timeZone={timeZone} />
      ) : null}
      {clinical ? <PatientExports patientId={p.id} /> : null}
      <div className="columns">
        {clinical ? (
          <Section title={t('patientPage.episodes')}>
            {episodes.isPending ? <Loading /> : null}
            {episodes.isError ? <Alert tone="danger">{episodes.error.message}</Alert> : null}
            {episodes.data === undefined ? null : (
              <EpisodeList episodes={episodes.data} patientName={patientName(p)} />
            )}
          </Section>
        ) : null}
        <div className="stack">
          {clinical ? (
            <Section
              title={t('patientPage.medicalHistory')}
              {...(canChart
                ? {
                    actions: (
                      <Link className="button button-secondary" to={`/patients/${p.id}/history/edit`}>
                        {t('patientPage.editHistory')}
                      </Link>
                    ),
                  }
                : {})}
            >
              {medical.isPending ? <Loading /> : null}
              {medical.isError ? <Alert tone="danger">{medical.error.message}</Alert> : null}
              {medical.data === undefined ? null : <MedicalHistoryDetails medical={medical.data} />}
            </Section>
          ) : null}
          {clinical ? <ImportedHistory patientId={p.id} /> : null}
          <Section title={t('patientPage.contact')}>
            <PatientDetails patient={p} />
          </Section>
          <Section title={t('patientPage.consents')}>
            <ConsentList patientId={p.id} canRecord={canEdit} today={today} />
          </Section>
        </div>
      </div>
    </div>
  );
}
