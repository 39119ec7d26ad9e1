import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  Line,
  ComposedChart,
} from 'recharts';
import { formatDateTime } from '../ui/format';
import { statusColor } from './chart-marks';
import { annotationReferenceLines, sdReferenceLines } from './chart-reference-lines';
import type { LeveyJennings } from './qc-types';

type Point = LeveyJennings['chart']['points'][number];

/** A point: filled by status, a warning ringed in amber; the rules it broke written beside it. */
function Dot(props: { cx?: number; cy?: number; payload?: Point & { index: number } }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const warning = payload.violations.some((v) => v.role === 'warning') && payload.status === 'accepted';
  const rules = payload.violations.map((v) => v.rule).join(' ');
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={statusColor[payload.status]}
        stroke={warning ? '#f08c00' : '#fff'}
        strokeWidth={warning ? 3 : 1}
      />
      {rules && (
        <text
          x={cx + 7}
          y={cy - 8}
          fontSize={12}
          fontWeight={700}
          fill={payload.status === 'rejected' ? '#c92a2a' : '#7a4a00'}
        >
          {rules}
        </text>
      )}
    </g>
  );
}

/**
 * The Levey–Jennings chart: every point in run order, the mean and ±1/2/3 SD lines of the target, points
 * coloured by status with the Westgard rules they broke, and lot, calibration and maintenance events as
 * dashed verticals between points.
 */
export default function LjChart({ data }: { readonly data: LeveyJennings }) {
  const { chart } = data;
  const points = chart.points.map((p, index) => ({ ...p, index: index + 1 }));
  const low = Math.min(chart.valueRange.min, chart.mean - 3.5 * chart.sd);
  const high = Math.max(chart.valueRange.max, chart.mean + 3.5 * chart.sd);
  const summary = `Levey–Jennings chart of ${data.testCode} on ${data.instrumentCode}, lot ${data.lot.lotNumber} level ${chart.level}: ${points.length} points, mean ${chart.mean}, SD ${chart.sd}; ${points.filter((p) => p.status === 'rejected').length} rejected.`;
  return (
    <div role="img" aria-label={summary} data-testid="lj-chart" style={{ width: '100%', height: 420 }}>
      <ResponsiveContainer>
        <ComposedChart data={points} margin={{ top: 24, right: 70, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="index"
            type="number"
            domain={[0.5, points.length + 0.5]}
            allowDecimals={false}
            label={{ value: 'Run', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis
            type="number"
            domain={[low, high]}
            tickFormatter={(v: number) => String(Number(v.toFixed(2)))}
            width={60}
          />
          {sdReferenceLines(chart.lines)}
          {annotationReferenceLines(chart.annotations)}
          <Line dataKey="value" stroke="#495057" strokeWidth={1} dot={false} isAnimationActive={false} />
          <Scatter dataKey="value" shape={<Dot />} isAnimationActive={false} />
          <Tooltip
            formatter={(value) => [String(value), data.testCode]}
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as Point | undefined;
              return p ? `${formatDateTime(p.measuredAt)} · z ${p.z.toFixed(2)} · ${p.status}` : '';
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
