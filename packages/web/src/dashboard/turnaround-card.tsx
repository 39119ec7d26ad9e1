import { Paper, Table, Text, Title } from '@mantine/core';
import { formatDuration, priorityText } from '../ui/format';
import { PriorityBadge } from '../ui/state-badge';
import type { LabDashboard } from './dashboard-types';
import { percent } from './dashboard-types';

const minutes = (m: number | null): string => (m === null ? '—' : formatDuration(m));

/** Receipt-to-release time by priority, with the share released within the priority's target. */
export function TurnaroundCard({ dashboard }: { readonly dashboard: LabDashboard }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="xs" id="tat-title">
        Receipt to release
      </Title>
      {dashboard.turnaround.length === 0 ? (
        <Text c="dimmed">Nothing released in the last {dashboard.windowHours} h.</Text>
      ) : (
        <Table aria-labelledby="tat-title" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Priority</Table.Th>
              <Table.Th ta="right">Released</Table.Th>
              <Table.Th ta="right">Median</Table.Th>
              <Table.Th ta="right">90th centile</Table.Th>
              <Table.Th ta="right">Within target</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.turnaround.map((row) => (
              <Table.Tr key={row.priority} aria-label={priorityText(row.priority)}>
                <Table.Td>
                  <PriorityBadge priority={row.priority} />
                </Table.Td>
                <Table.Td ta="right">{row.released}</Table.Td>
                <Table.Td ta="right">{minutes(row.medianMinutes)}</Table.Td>
                <Table.Td ta="right">{minutes(row.p90Minutes)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {percent(row.withinTarget)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
