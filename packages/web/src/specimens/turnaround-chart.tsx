import { BarChart } from '@mantine/charts';
import type { Interval } from './turnaround';

/** Turnaround of the specimen as horizontal bars, one per interval, labelled with the minutes. */
export default function TurnaroundChart({ intervals }: { readonly intervals: readonly Interval[] }) {
  const summary = intervals.map((i) => `${i.interval}: ${i.minutes} min`).join('; ');
  return (
    <div role="img" aria-label={`Turnaround in minutes. ${summary}`}>
      <BarChart
        h={Math.max(90, intervals.length * 44 + 30)}
        data={[...intervals]}
        dataKey="interval"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        series={[{ name: 'minutes', label: 'Minutes', color: 'teal.7' }]}
        withBarValueLabel
        gridAxis="none"
        tickLine="none"
        withTooltip={false}
        xAxisLabel="minutes"
      />
    </div>
  );
}
