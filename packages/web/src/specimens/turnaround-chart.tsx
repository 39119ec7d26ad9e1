import { BarChart } from '@mantine/charts';
import { formatDuration } from '../ui/format';
import type { Interval } from './turnaround';

/** Turnaround of the specimen as horizontal bars, one per interval, labelled with its duration. */
export default function TurnaroundChart({ intervals }: { readonly intervals: readonly Interval[] }) {
  const summary = intervals.map((i) => `${i.interval}: ${formatDuration(i.minutes)}`).join('; ');
  return (
    <div role="img" aria-label={`Turnaround. ${summary}`}>
      <BarChart
        h={Math.max(90, intervals.length * 44 + 30)}
        data={[...intervals]}
        dataKey="interval"
        orientation="vertical"
        yAxisProps={{ width: 160 }}
        withXAxis={false}
        barChartProps={{ margin: { right: 72 } }}
        series={[{ name: 'minutes', label: 'Minutes', color: 'teal.7' }]}
        withBarValueLabel
        valueFormatter={formatDuration}
        barProps={{ minPointSize: 3 }}
        gridAxis="none"
        tickLine="none"
        withTooltip={false}
      />
    </div>
  );
}
