import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { Section } from '../../ui/section';
import { useClinicTimeZone } from '../auth/session-context';
import { changeText, instrumentShortName, scoreText } from './instrument-labels';
import { QuestionnaireStatusList } from './questionnaire-status';
import { UnvalidatedMark } from './unvalidated-mark';
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
  const { t } = useTranslation('outcomes');
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
      title={t('panel.title')}
      actions={
        <Link className="button button-secondary" to={`/patients/${patientId}/outcomes`}>
          {t('panel.open')}
        </Link>
      }
    >
      {scores ? null : <QuestionnaireStatusList patientId={patientId} timeZone={timeZone} />}
      {scores && progress.isPending ? <Loading /> : null}
      {progress.isError ? <Alert tone="danger">{progress.error.message}</Alert> : null}
      {progress.data === undefined ? null : progress.data.series.length === 0 ? (
        <p className="muted">{t('progress.empty')}</p>
      ) : (
        <ul className="outcome-latest">
          {progress.data.series.map((s) => {
            const last = s.points.at(-1);
            return (
              <li key={s.instrumentId}>
                <strong>{instrumentShortName(s.instrumentId)}</strong>{' '}
                {scoreText(last?.value ?? null, s.unit)}{' '}
                <span className="muted">{changeText(last?.delta ?? null, last?.verdict ?? null)}</span>
                {s.wording?.validated === false ? (
                  <>
                    {' '}
                    <UnvalidatedMark compact />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {toReview > 0 ? (
        <p>
          <Link to={`/patients/${patientId}/outcomes#from-tablet`}>
            {t('panel.toReview', { count: toReview })}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
