import type { PatientSummary } from '@sotchart/contract';
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { Badge } from '../../ui/badge';
import { formatCalendarDate } from '../../ui/date-format';
import { patientName, sexLabel } from './patient-name';

export interface PatientResultsProps {
  readonly patients: readonly PatientSummary[];
  /** Arrow-up from the first result goes back to the search box. */
  readonly onLeaveTop: () => void;
}

function moveFocus(event: KeyboardEvent<HTMLUListElement>, onLeaveTop: () => void): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result]'));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'Escape' || (event.key === 'ArrowUp' && index <= 0)) {
    onLeaveTop();
    return;
  }
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
  links[next]?.focus();
}

/** The search results: one link per patient; arrow keys move between them, Enter opens one. */
export const PatientResults = forwardRef<HTMLUListElement, PatientResultsProps>(function PatientResults(
  { patients, onLeaveTop },
  ref,
) {
  const { t } = useTranslation('patients');
  return (
    <ul ref={ref} className="result-list" id="patient-results" onKeyDown={(e) => moveFocus(e, onLeaveTop)}>
      {patients.map((p) => (
        <li key={p.id}>
          <Link to={`/patients/${p.id}`} data-result="" className="result">
            <span className="result-who">
              <span className="result-name" translate="no">
                {patientName(p)}
              </span>
              {p.nameReading === null || p.nameReading === '' ? null : (
                <span className="result-reading">
                  <span className="visually-hidden">{t('patientResults.reading')} </span>
                  <span translate="no">{p.nameReading}</span>
                </span>
              )}
            </span>
            <span className="result-meta">
              <span>
                <span className="visually-hidden">{t('patientResults.chartNumber')} </span>
                <span translate="no">{p.chartNumber}</span>
              </span>
              <span>
                <span className="visually-hidden">{t('patientResults.born')} </span>
                <time dateTime={p.dateOfBirth}>{formatCalendarDate(p.dateOfBirth)}</time>
              </span>
              <span>{sexLabel(p.sex)}</span>
              {p.archived ? <Badge tone="warning">{t('archived')}</Badge> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
});
