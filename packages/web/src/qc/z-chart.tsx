import {
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDateTime } from '../ui/format';
import { statusColor } from './chart-marks';
import { annotationReferenceLines, sdReferenceLines } from './chart-reference-lines';
import type { ZChartData } from './qc-types';

type Point = ZChartData['chart']['series'][number]['points'][number];

/** Each level keeps a colour and a shape, so levels stay apart in grey print too. */
const levelColor = ['#1864ab', '#862e9c', '#0b7285', '#5c940d'] as const;
const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

function Mark({ shape, x, y, fill }: { shape: (typeof shapes)[number]; x: number; y: number; fill: string }) {
  const stroke = { stroke: '#fff', strokeWidth: 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={5} fill={fill} {...stroke} />;
    case 'square':
      return <rect x={x - 5} y={y - 5} width={10} height={10} fill={fill} {...stroke} />;
    case 'triangle':
      return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} fill={fill} {...stroke} />;
    case 'diamond':
      return (
        <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} fill={fill} {...stroke} />
      );
    default:
      return shape satisfies never;
  }
}

/** A point in its level's shape, red when rejected; the rules of the violations it ends written beside it. */
function LevelDot(props: { cx?: number; cy?: number; payload?: Point & { rules: string }; level?: number }) {
  const { cx, cy, payload, level = 0 } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const fill = payload.status === 'accepted' ? (levelColor[level] ?? '#495057') : statusColor[payload.status];
  return (
    <g data-status={payload.status}>
      <Mark shape={shapes[level] ?? 'circle'} x={cx} y={cy} fill={fill} />
      {payload.rules && (
        <text
          x={cx - 8}
          y={cy - 10}
          textAnchor="end"
          fontSize={12}
          fontWeight={700}
          fill={payload.status === 'rejected' ? '#c92a2a' : '#7a4a00'}
        >
          {payload.rules}
        </text>
      )}
    </g>
  );
}

/**
 * Each violation is written once, at its latest point: a rule across levels or runs marks several
 * points, and one label per point would pile up.
 */
function ruleLabels(data: ZChartData): Map<string, string[]> {
  const order = new Map(
    data.chart.series.flatMap((s) => s.points.map((p) => [p.id, p.sequenceIndex] as const)),
  );
  const labels = new Map<string, string[]>();
  for (const violation of data.violations) {
    const last = violation.observationIds
      .filter((id) => order.has(id))
      .reduce<string | undefined>(
        (a, b) => (a === undefined || (order.get(b) ?? 0) > (order.get(a) ?? 0) ? b : a),
        undefined,
      );
    if (last !== undefined) labels.set(last, [...(labels.get(last) ?? []), violation.rule]);
  }
  return labels;
}

/**
 * The multi-level z-chart (qc.md §3): every control level of an instrument × test on one z axis in
 * measurement order, the 0 and ±1/2/3 SD lines, rejected points in red with the rules they broke, and
 * lot, calibration and maintenance events as dashed verticals between points.
 */
export default function ZChart({ data }: { readonly data: ZChartData }) {
  const { chart } = data;
  const labels = ruleLabels(data);
  const series = chart.series.map((s) => ({
    level: s.level,
    points: s.points.map((p) => ({
      ...p,
      x: p.sequenceIndex + 1,
      rules: (labels.get(p.id) ?? []).join(' '),
    })),
  }));
  const count = series.reduce((n, s) => n + s.points.length, 0);
  const rejected = series.reduce((n, s) => n + s.points.filter((p) => p.status === 'rejected').length, 0);
  const reach = Math.max(4, ...series.flatMap((s) => s.points.map((p) => Math.ceil(Math.abs(p.z) + 0.5))));
  const summary = `z-chart of ${data.testCode} on ${data.instrumentCode}: levels ${series.map((s) => s.level).join(', ')}; ${count} points; ${rejected} rejected.`;
  return (
    <div role="img" aria-label={summary} data-testid="z-chart" style={{ width: '100%', height: 420 }}>
      <ResponsiveContainer>
        <ComposedChart margin={{ top: 24, right: 70, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0.5, count + 0.5]}
            allowDecimals={false}
            label={{ value: 'Value, all levels in time order', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis dataKey="z" type="number" domain={[-reach, reach]} allowDecimals={false} width={40} />
          {sdReferenceLines(chart.lines)}
          {annotationReferenceLines(chart.annotations)}
          {series.map((s, i) => (
            <Scatter
              key={s.level}
              name={s.level}
              data={s.points}
              fill={levelColor[i] ?? '#495057'}
              line={{ stroke: levelColor[i] ?? '#495057', strokeWidth: 1 }}
              shape={<LevelDot level={i} />}
              isAnimationActive={false}
            />
          ))}
          <Legend verticalAlign="top" height={28} />
          <Tooltip
            formatter={(value) => [Number(value).toFixed(2), 'z']}
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as Point | undefined;
              return p ? `${formatDateTime(p.measuredAt)} · ${p.status}` : '';
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
