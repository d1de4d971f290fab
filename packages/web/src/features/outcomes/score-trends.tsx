import type { ProgressSeries } from '@sotchart/contract';
import { lazy, Suspense } from 'react';
import { formatInstantDate } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { changeText, scoreText } from './instrument-labels';

const ScoreChart = lazy(() => import('./score-chart').then((m) => ({ default: m.ScoreChart })));

/** One instrument's trend: the chart (with a text summary for screen readers) and its scores as a table. */
export function ScoreTrend({
  series,
  timeZone,
}: {
  readonly series: ProgressSeries;
  readonly timeZone: string;
}) {
  const points = series.points.map((p) => ({
    label: formatInstantDate(p.administeredAt, timeZone),
    value: p.value,
  }));
  const summary = series.points
    .map(
      (p) =>
        `${formatInstantDate(p.administeredAt, timeZone)}: ${scoreText(p.value, series.unit)}${p.band === null ? '' : `, ${p.band}`}`,
    )
    .join('; ');
  const direction = series.higherIsBetter ? 'higher is better' : 'lower is better';
  return (
    <figure className="chart score-trend">
      <figcaption>
        <strong>{series.name}</strong>{' '}
        <span className="muted small">
          ({direction}
          {series.importantChange === null
            ? ', no published important-change threshold'
            : `; important change ${series.importantChange}${series.unit === 'percent' ? ' points' : ''}`}
          )
        </span>
      </figcaption>
      {points.length >= 2 ? (
        <div role="img" aria-label={`${series.name} over ${points.length} questionnaires. ${summary}.`}>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <ScoreChart series={series} points={points} />
          </Suspense>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
              <th scope="col">Since baseline</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.responseId}>
                <td>{formatInstantDate(p.administeredAt, timeZone)}</td>
                <td>{p.value === null ? 'incomplete' : scoreText(p.value, series.unit)}</td>
                <td>{p.band ?? '—'}</td>
                <td>{changeText(p.delta, p.verdict)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
