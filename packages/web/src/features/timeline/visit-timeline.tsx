import type { TimelineEntry } from '@sotchart/contract';
import { Link } from 'react-router';
import { Badge } from '../../ui/badge';
import { formatDateTime } from '../../ui/date-format';
import { CategoryBadge } from './category-badge';
import { changeLabel } from './change-label';
import { readingOnSide } from './finding-text';
import { clearedHeadline, sideWord, verificationNotes } from './verification-text';
import { visitTypeLabels } from './visit-type-label';

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
  if (entry.keyIndicators.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain-list">
      {entry.keyIndicators.map((k, i) => {
        const change = changeLabel(String(k.change));
        const side = sideWord(k.side);
        return (
          <li key={`${k.indicator}-${i}`}>
            {indicatorName(k.indicator)}
            {side === '' ? '' : `, ${side}`}: {readingOnSide(k.pre, k.side)} → {readingOnSide(k.post, k.side)}{' '}
            <Badge tone={change.tone}>{change.text}</Badge>
          </li>
        );
      })}
    </ul>
  );
}

/** The stored verification summary: the cleared headline, then what it leaves out, each apart. */
function VerificationCell({ summary }: { readonly summary: Readonly<Record<string, number>> }) {
  const notes = verificationNotes(summary);
  return (
    <>
      <span className="verification-headline">{clearedHeadline(summary)}</span>
      {notes.length === 0 ? null : <span className="muted small block">{notes.join('; ')}</span>}
    </>
  );
}

/** The patient's visits, newest first: date, type, category found and treated, key indicators pre → post. */
export function VisitTimeline({ patientId, entries, timeZone, indicatorName, clinical }: VisitTimelineProps) {
  if (entries.length === 0) return <p className="muted">No visits yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table" aria-label="Visit timeline, newest first">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            {clinical ? (
              <>
                <th scope="col">Analysis</th>
                <th scope="col">Treated</th>
                <th scope="col">Key indicators, pre → post</th>
                <th scope="col">Verification</th>
                <th scope="col">Pain</th>
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
                    <Link to={`/patients/${patientId}/visits/${entry.visitId}`}>{when}</Link>
                  ) : (
                    when
                  )}
                </th>
                <td>{visitTypeLabels[entry.type]}</td>
                <td>{entry.status === 'signed' ? 'Signed' : <Badge tone="warning">Draft</Badge>}</td>
                {clinical && c !== undefined ? (
                  <>
                    <td>
                      <CategoryBadge category={c.category} side={c.side} />
                      {c.level === null ? null : <span className="muted"> {c.level}</span>}
                      {c.referral ? <Badge tone="danger">Referral</Badge> : null}
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
                    <td>{c.pain === null ? '—' : `${c.pain}/10`}</td>
                  </>
                ) : clinical ? (
                  <td colSpan={5} className="muted">
                    Not recorded
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
