import type { TimelineEntry } from '@sotchart/contract';
import { lazy, Suspense } from 'react';
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
  const points = trendPoints(entries, timeZone);
  if (points.length < 2) return <p className="muted">The chart appears after two charted visits.</p>;
  const summary = points
    .map(
      (p) =>
        `${p.label}: ${p.category === null ? 'no category' : `Category ${['I', 'II', 'III'][p.category - 1]}`}${p.cleared === null ? '' : `, ${p.cleared}% of positive findings cleared`}`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <div
        role="img"
        aria-label={`Categories and positive findings cleared over ${points.length} visits. ${summary}.`}
      >
        <Suspense fallback={<Loading label="Drawing the chart…" />}>
          <VisitTrendChart points={points} />
        </Suspense>
      </div>
      <figcaption className="muted small">
        Line: category found at each visit (I–III). Bars: share of the positive findings before treatment that
        cleared.
      </figcaption>
    </figure>
  );
}
