import type { TimelineEntry } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Link } from 'react-router';
import { ReviewNote } from '../../i18n/review-note';
import { Badge } from '../../ui/badge';
import { formatDateTime } from '../../ui/date-format';
import { CategoryBadge } from './category-badge';
import { changeLabel } from './change-label';
import { readingOnSide } from './finding-text';
import { clearedHeadline, sideWord, verificationNotes } from './verification-text';
import { useVisitTypeLabel } from './visit-type-label';

export interface VisitTimelineProps {
  readonly patientId: string;
  /** Newest first, as the API sends them. */
  readonly entries: readonly TimelineEntry[];
  readonly timeZone: string;
  readonly indicatorName: (id: string) => string;
  /** False for roles that see dates and types only; the clinical columns are then left out. */
  readonly clinical: boolean;
}

function KeyIndicators({
  entry,
  indicatorName,
}: {
  readonly entry: NonNullable<TimelineEntry['clinical']>;
  readonly indicatorName: (id: string) => string;
}) {
  const { t } = useTranslation('timeline');
  if (entry.keyIndicators.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain-list">
      {entry.keyIndicators.map((k, i) => {
        const change = changeLabel(String(k.change));
        const side = sideWord(k.side);
        const name = indicatorName(k.indicator);
        return (
          <li key={`${k.indicator}-${i}`}>
            {side === '' ? t('keyIndicator.name', { name }) : t('keyIndicator.nameSide', { name, side })}{' '}
            <span translate="no">
              {readingOnSide(k.pre, k.side)} → {readingOnSide(k.post, k.side)}
            </span>{' '}
            <Badge tone={change.tone}>{change.text}</Badge>
          </li>
        );
      })}
    </ul>
  );
}

/** The stored verification summary: the cleared headline, then what it leaves out, each apart. */
function VerificationCell({ summary }: { readonly summary: Readonly<Record<string, number>> }) {
  const { t } = useTranslation('timeline');
  const notes = verificationNotes(summary);
  return (
    <>
      <span className="verification-headline">{clearedHeadline(summary)}</span>
      {notes.length === 0 ? null : (
        <span className="muted small block">{notes.join(t('verification.separator'))}</span>
      )}
    </>
  );
}

/** The patient's visits, newest first: date, type, category found and treated, key indicators pre → post. */
export function VisitTimeline({ patientId, entries, timeZone, indicatorName, clinical }: VisitTimelineProps) {
  const { t } = useTranslation('timeline');
  const visitTypeLabel = useVisitTypeLabel();
  if (entries.length === 0) return <p className="muted">{t('table.empty')}</p>;
  return (
    <div className="table-scroll">
      {clinical ? <ReviewNote namespaces={['timeline', 'protocolContent']} /> : null}
      <table className="table" aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.type')}</th>
            <th scope="col">{t('table.status')}</th>
            {clinical ? (
              <>
                <th scope="col">{t('table.analysis')}</th>
                <th scope="col">{t('table.treated')}</th>
                <th scope="col">{t('table.keyIndicators')}</th>
                <th scope="col">{t('table.verification')}</th>
                <th scope="col">{t('table.pain')}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const c = entry.clinical;
            const when = formatDateTime(entry.visitAt, timeZone);
            return (
              <tr key={entry.visitId} data-visit-at={entry.visitAt}>
                <th scope="row">
                  {clinical ? (
                    <Link to={`/patients/${patientId}/visits/${entry.visitId}`}>
                      <time dateTime={entry.visitAt}>{when}</time>
                    </Link>
                  ) : (
                    <time dateTime={entry.visitAt}>{when}</time>
                  )}
                </th>
                <td>{visitTypeLabel(entry.type)}</td>
                <td>
                  {entry.status === 'signed' ? (
                    t('status.signed')
                  ) : (
                    <Badge tone="warning">{t('status.draft')}</Badge>
                  )}
                </td>
                {clinical && c !== undefined ? (
                  <>
                    <td>
                      <CategoryBadge category={c.category} side={c.side} />
                      {c.level === null ? null : (
                        <span className="muted" translate="no">
                          {' '}
                          {c.level}
                        </span>
                      )}
                      {c.referral ? <Badge tone="danger">{t('analysis.referral')}</Badge> : null}
                    </td>
                    <td>
                      {c.treatedCategory === null ? '—' : <CategoryBadge category={c.treatedCategory} />}
                    </td>
                    <td>
                      <KeyIndicators entry={c} indicatorName={indicatorName} />
                    </td>
                    <td>
                      <VerificationCell summary={c.verification} />
                    </td>
                    <td>{c.pain === null ? '—' : t('pain.value', { pain: c.pain })}</td>
                  </>
                ) : clinical ? (
                  <td colSpan={5} className="muted">
                    {t('table.notRecorded')}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
