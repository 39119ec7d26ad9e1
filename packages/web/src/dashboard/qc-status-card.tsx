import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../ui/format';
import type { DashboardHold } from './dashboard-types';

/** Tests held by QC on each instrument: an instrument × test grid with the hold's reason. */
export function QcStatusCard({ holds }: { readonly holds: readonly DashboardHold[] }) {
  const instruments = [...new Set(holds.map((h) => h.instrumentCode))].sort();
  const tests = [...new Set(holds.map((h) => h.testCode))].sort();
  const hold = (instrument: string, test: string) =>
    holds.find((h) => h.instrumentCode === instrument && h.testCode === test);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-qc-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dashboard-qc-title">
          QC holds
        </Title>
        <Anchor component={Link} to="/qc">
          Quality control
        </Anchor>
      </Group>
      {holds.length === 0 ? (
        <Text c="dimmed">No test is held by QC: every instrument may report.</Text>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table aria-label="QC holds by instrument and test" withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Instrument</Table.Th>
                {tests.map((test) => (
                  <Table.Th key={test}>{test}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {instruments.map((instrument) => (
                <Table.Tr key={instrument}>
                  <Table.Th scope="row">{instrument}</Table.Th>
                  {tests.map((test) => {
                    const h = hold(instrument, test);
                    return (
                      <Table.Td key={test} bg={h ? 'red.0' : undefined}>
                        {h ? (
                          <Text
                            size="sm"
                            c="red.9"
                            fw={600}
                            title={`Held since ${formatDateTime(h.heldSince)}`}
                          >
                            Held: {h.reason}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
