import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { clockSince, useNow } from '../live/use-now';
import type { DashboardCall } from './dashboard-types';
import { looseValue } from './dashboard-types';

/** Open critical calls, oldest first, each with a clock that ticks from the moment it was detected. */
export function CriticalCallsCard({ calls }: { readonly calls: readonly DashboardCall[] }) {
  const now = useNow();
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="dashboard-calls-title" component="section">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dashboard-calls-title">
          Critical calls to make
        </Title>
        <Anchor component={Link} to="/critical-calls">
          Open critical calls
        </Anchor>
      </Group>
      {calls.length === 0 ? (
        <Text c="dimmed">No critical call is waiting.</Text>
      ) : (
        <Stack gap="xs">
          {calls.map((call) => (
            <Group
              key={call.id}
              justify="space-between"
              wrap="nowrap"
              p="xs"
              bg="red.0"
              style={{ borderRadius: 6 }}
              data-testid="dashboard-critical-call"
            >
              <div>
                <Text fw={700}>
                  {call.testCode} {looseValue(call.value, call.unit)}
                </Text>
                <Text size="sm">
                  {call.patientName} · {call.mrn} ·{' '}
                  <Anchor component={Link} to={`/specimens/${call.accessionNumber}`}>
                    {call.accessionNumber}
                  </Anchor>
                </Text>
              </div>
              <Stack gap={2} align="flex-end">
                <Text
                  ff="monospace"
                  fz="xl"
                  fw={700}
                  c="red.9"
                  aria-label={`Open for ${clockSince(call.detectedAt, now)} minutes`}
                >
                  {clockSince(call.detectedAt, now)}
                </Text>
                {call.escalationLevel > 0 && (
                  <Badge color="red.9" size="sm">
                    Escalated ×{call.escalationLevel}
                  </Badge>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
