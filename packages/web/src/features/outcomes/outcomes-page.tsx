import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link, useParams } from 'react-router';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { formatCalendarDate, formatInstantDate } from '../../ui/date-format';
import { ReviewNote } from '../../i18n/review-note';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { useClinicTimeZone } from '../auth/session-context';
import { useCan } from '../auth/use-can';
import { patientFullName } from '../patients/patient-name';
import { VisitTrends } from '../timeline/visit-trends';
import { instrumentShortName, scheduleStatusKeys } from './instrument-labels';
import { KioskLinkPanel } from './kiosk-link-panel';
import { KioskSubmissionList } from './kiosk-submission-list';
import { OutcomeSettingsForm } from './outcome-settings-form';
import { QuestionnaireEntry } from './questionnaire-entry';
import { ScoreTrend } from './score-trends';
import { TabletQuestionnaires } from './tablet-questionnaires';
import { TextPackUpload } from './text-pack-upload';
import { useKioskLinks } from './use-kiosk-links';
import './outcomes.css';

/**
 * A patient's outcomes: what is due and when each was last done, score trends per instrument (bands and
 * the important-change line) beside the category history, entering answers, tablet links, and forms
 * from the tablet to review. Roles without clinical access (assistants) send forms to the tablet and
 * see what is due and done: no answers, scores or intake contents.
 */
export function OutcomesPage() {
  const { t } = useTranslation('outcomes');
  const { id = '' } = useParams();
  const timeZone = useClinicTimeZone();
  const clinical = useCan('clinicalRead');
  const canChart = useCan('clinicalWrite');
  const canWrite = useCan('demographicsWrite');
  const isAdmin = useCan('clinicAdmin');
  const [entering, setEntering] = useState(false);
  const patient = useQuery({ queryKey: queryKeys.patient(id), queryFn: () => patientsApi.get(id) });
  const progress = useQuery({
    queryKey: outcomeKeys.progress(id),
    queryFn: () => outcomesApi.progress(id),
    enabled: clinical,
  });
  const scheduled = useQuery({ queryKey: outcomeKeys.schedule(id), queryFn: () => outcomesApi.schedule(id) });
  const links = useKioskLinks(id);
  const timeline = useQuery({
    queryKey: queryKeys.timeline(id),
    queryFn: () => patientsApi.timeline(id),
    enabled: clinical,
  });
  if (patient.isPending) return <Loading label={t('page.opening')} />;
  if (patient.isError) return <Alert tone="danger">{patient.error.message}</Alert>;
  const name = patientFullName(patient.data);
  const schedule = scheduled.data;
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={t('page.title', { name })} />
        <div className="page-actions">
          <Link className="button button-secondary" to={`/patients/${id}`}>
            {t('page.back', { name })}
          </Link>
        </div>
      </div>
      <ReviewNote namespaces={['outcomes']} />
      <Section title={t('schedule.title')}>
        {schedule === undefined ? (
          <Loading />
        ) : schedule.episodeId === null ? (
          <p className="muted">{t('schedule.noEpisode')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('schedule.questionnaire')}</th>
                  <th scope="col">{t('schedule.lastDone')}</th>
                  <th scope="col">{t('schedule.next')}</th>
                  <th scope="col">{t('schedule.due')}</th>
                  <th scope="col">{t('schedule.status')}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.items.map((i) => (
                  <tr key={i.instrumentId}>
                    <td>{instrumentShortName(i.instrumentId)}</td>
                    <td>
                      {i.lastAdministeredAt === null ? (
                        '—'
                      ) : (
                        <time dateTime={i.lastAdministeredAt}>
                          {formatInstantDate(i.lastAdministeredAt, timeZone)}
                        </time>
                      )}
                    </td>
                    <td>{i.kind === 'baseline' ? t('schedule.baseline') : t('schedule.followUp')}</td>
                    <td>
                      {i.dueDate === null ? (
                        '—'
                      ) : (
                        <time dateTime={i.dueDate}>{formatCalendarDate(i.dueDate)}</time>
                      )}
                    </td>
                    <td>
                      <Badge
                        tone={i.status === 'overdue' ? 'warning' : i.status === 'due' ? 'accent' : 'neutral'}
                      >
                        {t(scheduleStatusKeys[i.status])}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {canWrite ? (
        <div className="columns">
          {canChart ? (
            <Section title={t('enter.title')}>
              {entering ? (
                <QuestionnaireEntry patientId={id} onClose={() => setEntering(false)} />
              ) : (
                <Button variant="primary" onClick={() => setEntering(true)}>
                  {t('enter.open')}
                </Button>
              )}
            </Section>
          ) : null}
          <Section title={t('kioskLink.sectionTitle')}>
            <KioskLinkPanel patientId={id} timeZone={timeZone} links={links.data} />
          </Section>
        </div>
      ) : null}
      {clinical ? (
        <Section title={t('progress.title')}>
          {progress.isPending ? <Loading /> : null}
          {progress.isError ? <Alert tone="danger">{progress.error.message}</Alert> : null}
          {progress.data?.series.length === 0 ? <p className="muted">{t('progress.empty')}</p> : null}
          <div className="stack">
            {progress.data?.series.map((s) => (
              <ScoreTrend key={s.instrumentId} series={s} timeZone={timeZone} />
            ))}
          </div>
        </Section>
      ) : null}
      {clinical && timeline.isSuccess ? (
        <Section title={t('categoryHistory.title')}>
          <VisitTrends entries={timeline.data.entries} timeZone={timeZone} />
        </Section>
      ) : null}
      {isAdmin ? (
        <Section title={t('settings.sectionTitle')}>
          <OutcomeSettingsForm />
        </Section>
      ) : null}
      {isAdmin ? (
        <Section title={t('textPack.sectionTitle')}>
          <TextPackUpload timeZone={timeZone} />
        </Section>
      ) : null}
      <div id="from-tablet">
        <Section title={t('fromTablet.title')}>
          <TabletQuestionnaires links={links.data ?? []} timeZone={timeZone} />
          <KioskSubmissionList
            patientId={id}
            timeZone={timeZone}
            review={{ consents: canWrite, intakes: canChart }}
          />
        </Section>
      </div>
    </div>
  );
}
