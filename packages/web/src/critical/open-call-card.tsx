import { Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { clockSince } from '../live/use-now';
import { formatDateTime, valueWithUnit } from '../ui/format';
import { roleName, type CriticalCall } from './call-options';

/** One open call: the result, the patient, a ticking clock, whom to call now and the attempts so far. */
export function OpenCallCard({
  call,
  now,
  selected,
  onSelect,
}: {
  readonly call: CriticalCall;
  readonly now: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
}) {
  const clock = clockSince(call.detectedAt, now);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg={selected ? 'red.0' : undefined}
      style={selected ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
      data-testid="open-call"
      aria-label={`Critical ${call.testCode} for ${call.patient.name}`}
      role="group"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} fz="lg">
              {call.testCode} {valueWithUnit(call.value, call.unit)}
            </Text>
            <Badge color="red.9">{call.direction === 'low' ? 'Critically low' : 'Critically high'}</Badge>
            {call.escalationLevel > 0 && (
              <Badge color="red.9" variant="outline">
                Escalation level {call.escalationLevel}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {call.patient.name} · {call.patient.mrn} ·{' '}
            <Anchor component={Link} to={`/specimens/${call.accessionNumber}`}>
              {call.accessionNumber}
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {call.reason}
          </Text>
          <Text size="sm">
            Call now: <b>{roleName(call.callNow)}</b>
            {call.nextEscalation &&
              ` · escalates to ${roleName(call.nextEscalation.role)} at ${formatDateTime(call.nextEscalation.dueAt)}`}
          </Text>
          {call.attempts.length > 0 && (
            <List size="sm" aria-label="Attempts">
              {call.attempts.map((a) => (
                <List.Item key={a.at}>
                  {formatDateTime(a.at)} · {a.reached} ({roleName(a.role)}) by {a.channel}: {a.outcome} —{' '}
                  {a.byUser}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={6} align="flex-end">
          <Text
            ff="monospace"
            fz={28}
            fw={700}
            c="red.9"
            aria-label={`Open for ${clock}`}
            data-testid="call-clock"
          >
            {clock}
          </Text>
          <Text size="xs" c="dimmed">
            since {formatDateTime(call.detectedAt)}
          </Text>
          <Button
            size="xs"
            variant={selected ? 'filled' : 'outline'}
            color="red.9"
            onClick={onSelect}
            aria-pressed={selected}
          >
            {selected ? 'Calling' : 'Call'}
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}
