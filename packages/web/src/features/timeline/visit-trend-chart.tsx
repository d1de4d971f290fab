import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from '../../i18n/translation';
import type { TrendPoint } from './trend-points';

const categoryTick = (value: number): string => ['', 'I', 'II', 'III'][value] ?? '';

/**
 * Categories found (a stepped line, I–III) and the share of positive findings cleared (bars, %) over the
 * patient's visits, oldest first. Loaded only when a patient page shows it: the chart library is large.
 */
export function VisitTrendChart({ points }: { readonly points: readonly TrendPoint[] }) {
  const { t } = useTranslation('timeline');
  const categoryName = t('chart.category');
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart
        data={points as TrendPoint[]}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#cfd8df" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: '#14202b', fontSize: 12 }} />
        <YAxis
          yAxisId="category"
          domain={[0.5, 3.5]}
          ticks={[1, 2, 3]}
          tickFormatter={categoryTick}
          tick={{ fill: '#14202b', fontSize: 12 }}
          label={{ value: categoryName, angle: -90, position: 'insideLeft', fill: '#14202b' }}
          allowDecimals={false}
        />
        <YAxis
          yAxisId="cleared"
          orientation="right"
          domain={[0, 100]}
          unit="%"
          tick={{ fill: '#14202b', fontSize: 12 }}
          label={{ value: t('chart.cleared'), angle: 90, position: 'insideRight', fill: '#14202b' }}
        />
        <Tooltip
          formatter={(value, name) =>
            name === categoryName
              ? [categoryTick(Number(value)), name]
              : [t('chart.percent', { value: Number(value) / 100 }), name]
          }
        />
        <Legend formatter={(value: string) => <span className="chart-legend-text">{value}</span>} />
        <Bar
          yAxisId="cleared"
          dataKey="cleared"
          name={t('chart.positiveCleared')}
          fill="#8fbce6"
          isAnimationActive={false}
        />
        <Line
          yAxisId="category"
          type="stepAfter"
          dataKey="category"
          name={categoryName}
          stroke="#0b5fa5"
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
