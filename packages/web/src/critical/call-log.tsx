import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { api, ok } from '../api/client';
import { Loaded } from '../ui/loading';
import { formatDateTime, formatDuration, valueWithUnit } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { roleName } from './call-options';

const loadLog = () => api.GET('/api/critical-calls/log', { params: { query: {} } }).then(ok);

/** Every call with whom was told, when, and the time to notification against the target. */
export function CallLog({ refresh }: { readonly refresh: string }) {
  const [log] = useLoad(refresh, loadLog);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-log-title">
      <Title order={3} size="h4" id="call-log-title" mb="xs">
        Call log
      </Title>
      <Loaded load={log} title="The call log could not be read">
        {(data) =>
          data.calls.length === 0 ? (
            <Text c="dimmed">No critical call yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table aria-label="Call log" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Detected</Table.Th>
                    <Table.Th>Result</Table.Th>
                    <Table.Th>Patient</Table.Th>
                    <Table.Th>Told</Table.Th>
                    <Table.Th>Read back</Table.Th>
                    <Table.Th ta="right">Time to notify (target {data.targetMinutes} min)</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.calls.map((call) => (
                    <Table.Tr key={call.id} data-testid="call-log-row">
                      <Table.Td>{formatDateTime(call.detectedAt)}</Table.Td>
                      <Table.Td>
                        {call.testCode} {valueWithUnit(call.value, call.unit)}
                      </Table.Td>
                      <Table.Td>{call.patient.name}</Table.Td>
                      <Table.Td>
                        {call.status === 'completed' ? (
                          `${call.notifiedPerson ?? '—'} (${roleName(call.notifiedRole)}) by ${call.completedBy ?? '—'}`
                        ) : (
                          <Badge color="red.9">{call.status}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{call.readBackConfirmed ? 'Yes' : 'No'}</Table.Td>
                      <Table.Td ta="right">
                        {call.minutesToNotification === null
                          ? '—'
                          : formatDuration(call.minutesToNotification)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </Loaded>
    </Paper>
  );
}
