import type { ProgressSeries } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { instrumentName } from './instrument-labels';

export interface ScorePoint {
  readonly label: string;
  readonly value: number | null;
}

/** Band shades, better to worse (the same scale the PDF report uses). */
const shades = ['#e5f4ea', '#eef5e0', '#fff4e0', '#fde7d9', '#fbe9e7'];

/**
 * One instrument's scores over time with its bands shaded and the important-change line drawn from
 * the baseline. Loaded only when the outcomes screen shows it: the chart library is large.
 */
export function ScoreChart({
  series,
  points,
}: {
  readonly series: ProgressSeries;
  readonly points: readonly ScorePoint[];
}) {
  const { t } = useTranslation('outcomes');
  const name = instrumentName(series.instrumentId);
  const unit = series.unit === 'percent' ? '%' : '';
  const bands = series.bands;
  const shadeOf = (i: number): string => {
    const rank = bands.length <= 1 ? 0 : Math.round((i * (shades.length - 1)) / (bands.length - 1));
    return shades[series.higherIsBetter ? shades.length - 1 - rank : rank] ?? '#f3f6f8';
  };
  const target =
    series.baseline === null || series.importantChange === null
      ? null
      : series.higherIsBetter
        ? series.baseline + series.importantChange
        : series.baseline - series.importantChange;
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart
        data={points as ScorePoint[]}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        {bands.map((b, i) => (
          <ReferenceArea
            key={b.id}
            y1={i === 0 ? series.min : (bands[i - 1]?.max ?? series.min)}
            y2={b.max}
            fill={shadeOf(i)}
            fillOpacity={1}
            ifOverflow="hidden"
          />
        ))}
        <CartesianGrid stroke="#cfd8df" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#14202b', fontSize: 12 }} />
        <YAxis domain={[series.min, series.max]} unit={unit} tick={{ fill: '#14202b', fontSize: 12 }} />
        {target === null ? null : (
          <ReferenceLine
            y={Math.max(series.min, Math.min(series.max, target))}
            stroke="#8a5300"
            strokeDasharray="5 3"
            label={{
              value: t('trend.importantChange'),
              position: 'insideTopLeft',
              fill: '#8a5300',
              fontSize: 12,
            }}
          />
        )}
        <Tooltip formatter={(value) => [`${String(value)}${unit}`, name]} />
        <Line
          type="linear"
          dataKey="value"
          name={name}
          stroke="#0b5fa5"
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
