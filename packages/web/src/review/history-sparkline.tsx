/** The patient's earlier values and this one as a small line, oldest on the left. */
export function HistorySparkline({
  values,
  label,
}: {
  readonly values: readonly number[];
  readonly label: string;
}) {
  if (values.length < 2) return null;
  const width = 90;
  const height = 26;
  const low = Math.min(...values);
  const span = Math.max(...values) - low || 1;
  const points = values
    .map(
      (v, i) =>
        `${((i / (values.length - 1)) * (width - 4) + 2).toFixed(1)},${(height - 2 - ((v - low) / span) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  const last = points.split(' ').at(-1)?.split(',') ?? ['0', '0'];
  return (
    <svg width={width} height={height} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="var(--mantine-color-blue-9)" strokeWidth="1.5" />
      <circle cx={last[0]} cy={last[1]} r="2.5" fill="var(--mantine-color-blue-9)" />
    </svg>
  );
}
