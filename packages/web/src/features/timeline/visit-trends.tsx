import type { TimelineEntry } from '@sotchart/contract';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Loading } from '../../ui/loading';
import { trendPoints } from './trend-points';
import './visit-trends.css';

const VisitTrendChart = lazy(() =>
  import('./visit-trend-chart').then((m) => ({ default: m.VisitTrendChart })),
);

/** The trend chart with a plain-text summary for screen readers (the same data is in the timeline). */
export function VisitTrends({
  entries,
  timeZone,
}: {
  readonly entries: readonly TimelineEntry[];
  readonly timeZone: string;
}) {
  const { t } = useTranslation('timeline');
  const points = trendPoints(entries, timeZone);
  if (points.length < 2) return <p className="muted">{t('trends.tooFew')}</p>;
  const summary = points
    .map((p) => {
      const category = p.category === null ? null : (['I', 'II', 'III'][p.category - 1] ?? null);
      const found =
        category === null
          ? t('trends.pointNoCategory', { date: p.label })
          : t('trends.pointCategory', { date: p.label, category });
      return p.cleared === null
        ? found
        : t('trends.pointCleared', { point: found, cleared: p.cleared / 100 });
    })
    .join(t('verification.separator'));
  return (
    <figure className="chart">
      <div role="img" aria-label={t('trends.label', { visits: points.length, summary })}>
        {/* The drawing's ticks are dates and category numerals; its words come from the catalogue. */}
        <div translate="no">
          <Suspense fallback={<Loading label={t('trends.drawing')} />}>
            <VisitTrendChart points={points} />
          </Suspense>
        </div>
      </div>
      <figcaption className="muted small">{t('trends.caption')}</figcaption>
    </figure>
  );
}
