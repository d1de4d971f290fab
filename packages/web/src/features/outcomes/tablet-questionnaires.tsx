import type { KioskLink } from '@sotchart/contract';
import { formatDateTime } from '../../ui/date-format';
import { instrumentShortNames } from './instrument-labels';

/**
 * The questionnaires a patient has answered on the tablet, by hand-over: which ones, and how far a
 * hand-over still open has got. Names and counts only; the scores are in Progress for clinical roles.
 */
export function TabletQuestionnaires({
  links,
  timeZone,
}: {
  readonly links: readonly KioskLink[];
  readonly timeZone: string;
}) {
  const answered = links.filter((l) => l.answered > 0);
  if (answered.length === 0) return null;
  return (
    <ul className="plain-list" aria-label="Questionnaires answered on the tablet">
      {answered.map((l) => (
        <li key={l.id}>
          {l.instrumentIds
            .slice(0, l.answered)
            .map((id) => instrumentShortNames[id])
            .join(', ')}{' '}
          answered on the tablet
          {l.answered < l.instrumentIds.length
            ? ` (${l.answered} of ${l.instrumentIds.length} so far)`
            : ''}{' '}
          <span className="muted">handed over {formatDateTime(l.createdAt, timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}
