import type { AppointmentEntry } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { Badge } from '../../ui/badge';
import { useCan } from '../auth/use-can';
import { consentKeys, instrumentKeys } from './due-labels';

/**
 * What is due at the appointment, as compact badges: each questionnaire by name, the re-exam, the
 * last visit's unsigned note (a link to it for those who may open it), each consent missing.
 */
export function DueBadges({ entry }: { readonly entry: AppointmentEntry }) {
  const { t } = useTranslation('dayList');
  const canOpenVisits = useCan('clinicalRead');
  const { due } = entry;
  // Nobody is coming: what would have been due is for their next appointment.
  if (entry.status === 'cancelled' || entry.status === 'no_show') return null;
  const nothing =
    due.questionnaires.length === 0 &&
    !due.reExam &&
    due.unsignedVisitId === null &&
    due.consentsMissing.length === 0;
  if (nothing) return <span className="muted small">{t('due.nothing')}</span>;
  return (
    <ul className="day-due" aria-label={t('due.label')}>
      {due.questionnaires.map((id) => (
        <li key={id}>
          <Badge tone="accent">{t('due.questionnaire', { instrument: t(instrumentKeys[id]) })}</Badge>
        </li>
      ))}
      {due.reExam ? (
        <li>
          <Badge tone="warning">{t('due.reExam')}</Badge>
        </li>
      ) : null}
      {due.unsignedVisitId === null ? null : (
        <li>
          {canOpenVisits ? (
            <Link
              className="badge badge-warning"
              to={`/patients/${entry.patientId}/visits/${due.unsignedVisitId}`}
            >
              {t('due.lastNoteUnsigned')}
            </Link>
          ) : (
            <Badge tone="warning">{t('due.lastNoteUnsigned')}</Badge>
          )}
        </li>
      )}
      {due.consentsMissing.map((type) => (
        <li key={type}>
          {due.consentsToReview.includes(type) ? (
            <Badge tone="warning">{t('due.consentToReview', { consent: t(consentKeys[type]) })}</Badge>
          ) : (
            <Badge tone="danger">{t('due.consentMissing', { consent: t(consentKeys[type]) })}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
