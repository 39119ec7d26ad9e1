import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDateTime } from '../ui/format';
import { figure } from './qc-drafts';
import type { PbrtqcChart as Chart } from './qc-types';

type Point = Chart['points'][number] & { readonly n: number };

const limitColor = '#c92a2a';
const statisticColor = '#1864ab';

/** A statistic beyond a limit, as a red dot; the others are the line alone. */
function Beyond(props: { cx?: number; cy?: number; payload?: Point }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload?.beyondLimit) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={4}
      fill={limitColor}
      stroke="#fff"
      strokeWidth={1}
      data-beyond={payload.beyondLimit}
    />
  );
}

const rounded = (v: number) => String(figure(v));

/**
 * The moving-average (PBRTQC) chart: the monitor's statistic after each patient result, the lower and
 * upper control limits, statistics beyond them in red, and the alarms the monitor raised as verticals.
 */
export default function PbrtqcChart({ data }: { readonly data: Chart }) {
  const points: Point[] = data.points.map((p, i) => ({ ...p, n: i + 1 }));
  const { lower, upper } = data.monitor.settings.controlLimits;
  const alarmAt = data.alarms.flatMap((a) => {
    const n = points.find((p) => p.resultId === a.resultId)?.n;
    return n === undefined ? [] : [{ ...a, n }];
  });
  const beyond = points.filter((p) => p.beyondLimit !== null).length;
  const summary = `Moving-average chart of ${data.monitor.testCode} on ${data.monitor.instrumentCode}: ${points.length} patient results, limits ${lower} to ${upper}; ${beyond} statistics beyond the limits; ${data.alarms.length} alarms.`;
  return (
    <div role="img" aria-label={summary} data-testid="pbrtqc-chart" style={{ width: '100%', height: 380 }}>
      <ResponsiveContainer>
        <ComposedChart data={points} margin={{ top: 24, right: 110, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="n"
            type="number"
            domain={[0.5, points.length + 0.5]}
            allowDecimals={false}
            label={{ value: 'Patient result', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis type="number" domain={['auto', 'auto']} tickFormatter={rounded} width={60} />
          <ReferenceLine
            y={upper}
            ifOverflow="extendDomain"
            stroke={limitColor}
            strokeDasharray="6 4"
            label={{ value: `Upper limit ${upper}`, position: 'right', fill: '#212529', fontSize: 12 }}
          />
          <ReferenceLine
            y={lower}
            ifOverflow="extendDomain"
            stroke={limitColor}
            strokeDasharray="6 4"
            label={{ value: `Lower limit ${lower}`, position: 'right', fill: '#212529', fontSize: 12 }}
          />
          {alarmAt.map((a) => (
            <ReferenceLine
              key={a.id}
              x={a.n}
              stroke={limitColor}
              label={{
                value: `Alarm ${formatDateTime(a.raisedAt)}`,
                position: 'insideTopLeft',
                fill: limitColor,
                fontSize: 12,
              }}
            />
          ))}
          <Line
            dataKey="statistic"
            stroke={statisticColor}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Scatter dataKey="statistic" shape={<Beyond />} isAnimationActive={false} />
          <Tooltip
            formatter={(value) => [rounded(Number(value)), 'Statistic']}
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as Point | undefined;
              return p ? `${formatDateTime(p.at)} · result ${p.value}${p.included ? '' : ' (dropped)'}` : '';
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
