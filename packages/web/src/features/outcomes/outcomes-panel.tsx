import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { Section } from '../../ui/section';
import { useClinicTimeZone } from '../auth/session-context';
import { changeText, instrumentShortNames, scoreText } from './instrument-labels';
import { QuestionnaireStatusList } from './questionnaire-status';
import './outcomes.css';

export interface OutcomesPanelProps {
  readonly patientId: string;
  /** False for roles without clinical access: they see whether questionnaires are done, not scores. */
  readonly scores: boolean;
}

/**
 * The patient page's summary of outcome questionnaires: the latest score of each instrument with its
 * change since baseline (or, without clinical access, when each was last done), anything from the
 * tablet waiting for review, and the way to the full view.
 */
export function OutcomesPanel({ patientId, scores }: OutcomesPanelProps) {
  const timeZone = useClinicTimeZone();
  const progress = useQuery({
    queryKey: outcomeKeys.progress(patientId),
    queryFn: () => outcomesApi.progress(patientId),
    enabled: scores,
  });
  const submissions = useQuery({
    queryKey: outcomeKeys.kioskSubmissions(patientId),
    queryFn: () => outcomesApi.kioskSubmissions(patientId),
  });
  const toReview = (submissions.data ?? []).filter((s) => s.reviewedAt === null).length;
  return (
    <Section
      title="Outcome questionnaires"
      actions={
        <Link className="button button-secondary" to={`/patients/${patientId}/outcomes`}>
          Outcomes and tablet forms
        </Link>
      }
    >
      {scores ? null : <QuestionnaireStatusList patientId={patientId} timeZone={timeZone} />}
      {scores && progress.isPending ? <Loading /> : null}
      {progress.isError ? <Alert tone="danger">{progress.error.message}</Alert> : null}
      {progress.data === undefined ? null : progress.data.series.length === 0 ? (
        <p className="muted">No questionnaires yet.</p>
      ) : (
        <ul className="outcome-latest">
          {progress.data.series.map((s) => {
            const last = s.points.at(-1);
            return (
              <li key={s.instrumentId}>
                <strong>{instrumentShortNames[s.instrumentId]}</strong>{' '}
                {scoreText(last?.value ?? null, s.unit)}{' '}
                <span className="muted">{changeText(last?.delta ?? null, last?.verdict ?? null)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {toReview > 0 ? (
        <p>
          <Link to={`/patients/${patientId}/outcomes#from-tablet`}>
            {toReview} form{toReview === 1 ? '' : 's'} from the tablet to review
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
