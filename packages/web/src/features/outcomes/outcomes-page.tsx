import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { formatCalendarDate, formatInstantDate } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { useClinicTimeZone } from '../auth/session-context';
import { useCan } from '../auth/use-can';
import { patientFullName } from '../patients/patient-name';
import { VisitTrends } from '../timeline/visit-trends';
import { instrumentShortNames, scheduleStatusLabels } from './instrument-labels';
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
  if (patient.isPending) return <Loading label="Opening the patient…" />;
  if (patient.isError) return <Alert tone="danger">{patient.error.message}</Alert>;
  const name = patientFullName(patient.data);
  const schedule = scheduled.data;
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={`Outcomes — ${name}`} />
        <div className="page-actions">
          <Link className="button button-secondary" to={`/patients/${id}`}>
            Back to {name}
          </Link>
        </div>
      </div>
      <Section title="Schedule">
        {schedule === undefined ? (
          <Loading />
        ) : schedule.episodeId === null ? (
          <p className="muted">No open episode of care: questionnaires are scheduled within an episode.</p>
        ) : (
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">Questionnaire</th>
                  <th scope="col">Last done</th>
                  <th scope="col">Next</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {schedule.items.map((i) => (
                  <tr key={i.instrumentId}>
                    <td>{instrumentShortNames[i.instrumentId]}</td>
                    <td>
                      {i.lastAdministeredAt === null
                        ? '—'
                        : formatInstantDate(i.lastAdministeredAt, timeZone)}
                    </td>
                    <td>{i.kind === 'baseline' ? 'Baseline' : 'Follow-up'}</td>
                    <td>{i.dueDate === null ? '—' : formatCalendarDate(i.dueDate)}</td>
                    <td>
                      <Badge
                        tone={i.status === 'overdue' ? 'warning' : i.status === 'due' ? 'accent' : 'neutral'}
                      >
                        {scheduleStatusLabels[i.status]}
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
            <Section title="Enter answers">
              {entering ? (
                <QuestionnaireEntry patientId={id} onClose={() => setEntering(false)} />
              ) : (
                <Button variant="primary" onClick={() => setEntering(true)}>
                  Enter a questionnaire
                </Button>
              )}
            </Section>
          ) : null}
          <Section title="Send a form to the tablet">
            <KioskLinkPanel patientId={id} timeZone={timeZone} links={links.data} />
          </Section>
        </div>
      ) : null}
      {clinical ? (
        <Section title="Progress">
          {progress.isPending ? <Loading /> : null}
          {progress.isError ? <Alert tone="danger">{progress.error.message}</Alert> : null}
          {progress.data?.series.length === 0 ? <p className="muted">No questionnaires yet.</p> : null}
          <div className="stack">
            {progress.data?.series.map((s) => (
              <ScoreTrend key={s.instrumentId} series={s} timeZone={timeZone} />
            ))}
          </div>
        </Section>
      ) : null}
      {clinical && timeline.isSuccess ? (
        <Section title="Category history">
          <VisitTrends entries={timeline.data.entries} timeZone={timeZone} />
        </Section>
      ) : null}
      {isAdmin ? (
        <Section title="Clinic questionnaire schedule">
          <OutcomeSettingsForm />
        </Section>
      ) : null}
      {isAdmin ? (
        <Section title="Licensed questionnaire wording">
          <TextPackUpload timeZone={timeZone} />
        </Section>
      ) : null}
      <div id="from-tablet">
        <Section title="From the tablet">
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
