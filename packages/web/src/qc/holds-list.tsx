import { Paper, Table, Text, Title } from '@mantine/core';
import { api, ok } from '../api/client';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';

const loadHolds = () => api.GET('/api/qc/holds', { params: { query: { open: 'true' } } }).then(ok);

/** Instrument × test pairs held by QC now, with the reason and since when. */
export function HoldsList() {
  const [holds] = useLoad('open', loadHolds);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="holds-title">
      <Title order={3} size="h4" id="holds-title" mb="xs">
        Holds in force
      </Title>
      <Loaded load={holds} title="The holds could not be read">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">No instrument × test is on hold.</Text>
          ) : (
            <Table aria-label="Holds in force" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Instrument</Table.Th>
                  <Table.Th>Test</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>Held since</Table.Th>
                  <Table.Th>Look-back from</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((hold) => (
                  <Table.Tr key={hold.id}>
                    <Table.Td>{hold.instrumentCode}</Table.Td>
                    <Table.Td>{hold.testCode}</Table.Td>
                    <Table.Td>{hold.reason}</Table.Td>
                    <Table.Td>{formatDateTime(hold.heldSince)}</Table.Td>
                    <Table.Td>{formatDateTime(hold.lookBackFrom)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
    </Paper>
  );
}
