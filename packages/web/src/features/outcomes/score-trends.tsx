import type { ProgressSeries } from '@sotchart/contract';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/translation';
import { formatInstantDate } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { bandLabel, changeText, instrumentName, scoreText } from './instrument-labels';
import { UnvalidatedMark } from './unvalidated-mark';

const ScoreChart = lazy(() => import('./score-chart').then((m) => ({ default: m.ScoreChart })));

/** A point's band in the app's language (the series names its bands by id and English label). */
function pointBand(series: ProgressSeries, label: string): string {
  const band = series.bands.find((b) => b.label === label);
  return band === undefined ? label : bandLabel(series.instrumentId, band.id, label);
}

/**
 * One instrument's trend: the chart (with a text summary for screen readers) and its scores as a table.
 * Scores from an unvalidated translation are marked: published change thresholds may not carry over.
 */
export function ScoreTrend({
  series,
  timeZone,
}: {
  readonly series: ProgressSeries;
  readonly timeZone: string;
}) {
  const { t } = useTranslation('outcomes');
  const name = instrumentName(series.instrumentId);
  const points = series.points.map((p) => ({
    label: formatInstantDate(p.administeredAt, timeZone),
    value: p.value,
  }));
  const summary = series.points
    .map((p) => {
      const date = formatInstantDate(p.administeredAt, timeZone);
      const score = scoreText(p.value, series.unit);
      return p.band === null
        ? t('trend.summaryPoint', { date, score })
        : t('trend.summaryPointBand', { date, score, band: pointBand(series, p.band) });
    })
    .join('; ');
  const direction = series.higherIsBetter ? 'higher' : 'lower';
  return (
    <figure className="chart score-trend">
      <figcaption>
        <strong>{name}</strong>{' '}
        <span className="muted small">
          {series.importantChange === null
            ? t('trend.captionNoThreshold', { direction })
            : t('trend.captionThreshold', {
                direction,
                threshold: series.importantChange,
                percent: series.unit === 'percent' ? 'yes' : 'no',
              })}
        </span>
        {series.wording?.validated === false ? (
          <>
            {' '}
            <UnvalidatedMark />
          </>
        ) : null}
      </figcaption>
      {points.length >= 2 ? (
        <div role="img" aria-label={t('trend.chartLabel', { name, count: points.length, summary })}>
          {/* The drawing's ticks are dates and scores; its words come from the catalogue. */}
          <div translate="no">
            <Suspense fallback={<Loading label={t('trend.drawing')} />}>
              <ScoreChart series={series} points={points} />
            </Suspense>
          </div>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('trend.date')}</th>
              <th scope="col">{t('trend.score')}</th>
              <th scope="col">{t('trend.band')}</th>
              <th scope="col">{t('trend.sinceBaseline')}</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.responseId}>
                <td>
                  <time dateTime={p.administeredAt}>{formatInstantDate(p.administeredAt, timeZone)}</time>
                </td>
                <td>{p.value === null ? t('trend.incomplete') : scoreText(p.value, series.unit)}</td>
                <td>{p.band === null ? '—' : pointBand(series, p.band)}</td>
                <td>{changeText(p.delta, p.verdict)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
