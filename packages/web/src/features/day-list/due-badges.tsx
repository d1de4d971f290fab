import type { AppointmentEntry } from '@sotchart/contract';
import { Link } from 'react-router';
import { Badge } from '../../ui/badge';
import { useCan } from '../auth/use-can';
import { consentTypeLabels } from '../consents/consent-labels';
import { instrumentShortNames } from '../outcomes/instrument-labels';

/**
 * What is due at the appointment, as compact badges: each questionnaire by name, the re-exam, the
 * last visit's unsigned note (a link to it for those who may open it), each consent missing.
 */
export function DueBadges({ entry }: { readonly entry: AppointmentEntry }) {
  const canOpenVisits = useCan('clinicalRead');
  const { due } = entry;
  // Nobody is coming: what would have been due is for their next appointment.
  if (entry.status === 'cancelled' || entry.status === 'no_show') return null;
  const nothing =
    due.questionnaires.length === 0 &&
    !due.reExam &&
    due.unsignedVisitId === null &&
    due.consentsMissing.length === 0;
  if (nothing) return <span className="muted small">Nothing due</span>;
  return (
    <ul className="day-due" aria-label="Due">
      {due.questionnaires.map((id) => (
        <li key={id}>
          <Badge tone="accent">{instrumentShortNames[id]} due</Badge>
        </li>
      ))}
      {due.reExam ? (
        <li>
          <Badge tone="warning">Re-exam</Badge>
        </li>
      ) : null}
      {due.unsignedVisitId === null ? null : (
        <li>
          {canOpenVisits ? (
            <Link
              className="badge badge-warning"
              to={`/patients/${entry.patientId}/visits/${due.unsignedVisitId}`}
            >
              Last note unsigned
            </Link>
          ) : (
            <Badge tone="warning">Last note unsigned</Badge>
          )}
        </li>
      )}
      {due.consentsMissing.map((type) => (
        <li key={type}>
          {due.consentsToReview.includes(type) ? (
            <Badge tone="warning">Consent signed, to review: {consentTypeLabels[type].toLowerCase()}</Badge>
          ) : (
            <Badge tone="danger">Consent missing: {consentTypeLabels[type].toLowerCase()}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
