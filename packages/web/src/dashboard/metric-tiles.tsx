import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { LabDashboard } from './dashboard-types';
import { percent } from './dashboard-types';

function Tile({
  label,
  value,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly hint: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2} data-testid={`metric-${label}`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** The four numbers a shift lead looks at first. */
export function MetricTiles({ dashboard }: { readonly dashboard: LabDashboard }) {
  const touches = dashboard.manualTouchesPerSpecimen;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <Tile label="In flight" value={String(dashboard.inFlight)} hint="Results not yet released" />
      <Tile label="Held for review" value={String(dashboard.heldForReview)} hint="Waiting for a person" />
      <Tile
        label="Autoverified"
        value={percent(dashboard.autoverificationRate)}
        hint={`Of ${dashboard.released} released in ${dashboard.windowHours} h`}
      />
      <Tile
        label="Manual touches"
        value={touches === null ? '—' : touches.toFixed(2)}
        hint="Per specimen released"
      />
    </SimpleGrid>
  );
}
