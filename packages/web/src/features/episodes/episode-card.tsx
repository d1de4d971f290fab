import type { Episode } from '@sotchart/contract';
import type { ReactNode } from 'react';
import { Badge } from '../../ui/badge';
import { formatCalendarDate } from '../../ui/date-format';

const onsetLabels: Readonly<Record<Episode['onset'], string>> = {
  acute: 'Acute',
  subacute: 'Subacute',
  chronic: 'Chronic',
};

const date = (d: string | null): string => (d === null ? '—' : formatCalendarDate(d));

/** One episode of care: complaint, dates, phase, treatment plan, goals and diagnoses. */
export function EpisodeCard({
  episode,
  current,
  action = null,
}: {
  readonly episode: Episode;
  readonly current: boolean;
  /** A button under the heading, e.g. booking the plan's visits. */
  readonly action?: ReactNode;
}) {
  const { plan } = episode;
  return (
    <article className="episode" aria-label={`Episode: ${episode.complaint}`}>
      <h3>
        {episode.complaint} {current ? <Badge tone="accent">Current</Badge> : null}
      </h3>
      {action}
      <dl className="facts">
        <div>
          <dt>Dates</dt>
          <dd>
            {date(episode.startDate)} – {episode.endDate === null ? 'open' : date(episode.endDate)}
          </dd>
        </div>
        <div>
          <dt>Onset</dt>
          <dd>{onsetLabels[episode.onset]}</dd>
        </div>
        <div>
          <dt>Phase</dt>
          <dd>{episode.phase === 'active' ? 'Active care' : 'Maintenance'}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>
            {plan.visitsPerWeek === null ? '—' : `${plan.visitsPerWeek} a week`}
            {plan.durationWeeks === null ? '' : ` for ${plan.durationWeeks} weeks`}
          </dd>
        </div>
        <div>
          <dt>Re-examination</dt>
          <dd>{date(plan.reExamDate)}</dd>
        </div>
        {episode.abnDate === null ? null : (
          <div>
            <dt>ABN signed</dt>
            <dd>{date(episode.abnDate)}</dd>
          </div>
        )}
      </dl>
      <h4>Goals</h4>
      {plan.goals.length === 0 ? (
        <p className="muted">No goals recorded.</p>
      ) : (
        <ul className="plain-list">
          {plan.goals.map((g, i) => (
            <li key={i}>
              {g.achieved ? <Badge tone="success">Achieved</Badge> : <Badge>Open</Badge>} {g.description}:{' '}
              {g.target} <span className="muted">by {date(g.targetDate)}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>Diagnoses</h4>
      {episode.diagnoses.length === 0 ? (
        <p className="muted">No diagnoses recorded.</p>
      ) : (
        <ol className="plain-list">
          {episode.diagnoses
            .slice()
            .sort((a, b) => a.rank - b.rank)
            .map((d) => (
              <li key={`${d.rank}-${d.code}`}>
                <code>{d.code}</code> {d.region}
                {d.onsetDate === null ? null : <span className="muted"> (onset {date(d.onsetDate)})</span>}
              </li>
            ))}
        </ol>
      )}
    </article>
  );
}
