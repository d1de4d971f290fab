import type { Episode } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Badge } from '../../ui/badge';
import { formatCalendarDate } from '../../ui/date-format';

const onsetKeys = {
  acute: 'onset.acute',
  subacute: 'onset.subacute',
  chronic: 'onset.chronic',
} as const satisfies Record<Episode['onset'], string>;

const phaseKeys = {
  active: 'phase.active',
  maintenance: 'phase.maintenance',
} as const satisfies Record<Episode['phase'], string>;

/** A calendar date in a `<time>` element, or a dash when there is none. */
function DateOf({ date }: { readonly date: string | null }) {
  return date === null ? <>—</> : <time dateTime={date}>{formatCalendarDate(date)}</time>;
}

/** The care plan's frequency and length, e.g. "3 a week for 4 weeks". */
function planText(plan: Episode['plan'], t: TFunction<'episodes'>): string {
  const { visitsPerWeek: perWeek, durationWeeks: weeks } = plan;
  if (perWeek !== null && weeks !== null) return t('plan.both', { perWeek, weeks });
  if (perWeek !== null) return t('plan.perWeek', { perWeek });
  if (weeks !== null) return t('plan.weeksOnly', { weeks });
  return '—';
}

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
  const { t } = useTranslation('episodes');
  const { plan } = episode;
  return (
    <article className="episode" aria-label={t('card.label', { complaint: episode.complaint })}>
      <h3>
        <span translate="no">{episode.complaint}</span>{' '}
        {current ? <Badge tone="accent">{t('card.current')}</Badge> : null}
      </h3>
      {action}
      <dl className="facts">
        <div>
          <dt>{t('card.dates')}</dt>
          <dd>
            <DateOf date={episode.startDate} /> –{' '}
            {episode.endDate === null ? t('card.open') : <DateOf date={episode.endDate} />}
          </dd>
        </div>
        <div>
          <dt>{t('card.onset')}</dt>
          <dd>{t(onsetKeys[episode.onset])}</dd>
        </div>
        <div>
          <dt>{t('card.phase')}</dt>
          <dd>{t(phaseKeys[episode.phase])}</dd>
        </div>
        <div>
          <dt>{t('card.plan')}</dt>
          <dd>{planText(plan, t)}</dd>
        </div>
        <div>
          <dt>{t('card.reExam')}</dt>
          <dd>
            <DateOf date={plan.reExamDate} />
          </dd>
        </div>
        {episode.abnDate === null ? null : (
          <div>
            <dt>{t('card.abnSigned')}</dt>
            <dd>
              <DateOf date={episode.abnDate} />
            </dd>
          </div>
        )}
      </dl>
      <h4>{t('card.goals')}</h4>
      {plan.goals.length === 0 ? (
        <p className="muted">{t('card.noGoals')}</p>
      ) : (
        <ul className="plain-list">
          {plan.goals.map((g, i) => (
            <li key={i}>
              {g.achieved ? (
                <Badge tone="success">{t('goal.achieved')}</Badge>
              ) : (
                <Badge>{t('goal.open')}</Badge>
              )}{' '}
              <span translate="no">
                {g.description}: {g.target}
              </span>{' '}
              <span className="muted">{t('goal.by', { date: formatCalendarDate(g.targetDate) })}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('card.diagnoses')}</h4>
      {episode.diagnoses.length === 0 ? (
        <p className="muted">{t('card.noDiagnoses')}</p>
      ) : (
        <ol className="plain-list">
          {episode.diagnoses
            .slice()
            .sort((a, b) => a.rank - b.rank)
            .map((d) => (
              <li key={`${d.rank}-${d.code}`}>
                <code translate="no">{d.code}</code> <span translate="no">{d.region}</span>
                {d.onsetDate === null ? null : (
                  <span className="muted">
                    {' '}
                    {t('diagnosis.onset', { date: formatCalendarDate(d.onsetDate) })}
                  </span>
                )}
              </li>
            ))}
        </ol>
      )}
    </article>
  );
}
