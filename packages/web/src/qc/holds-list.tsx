import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { api, ok } from '../api/client';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { HoldWork } from './hold-work';

const loadHolds = () => api.GET('/api/qc/holds', { params: { query: { open: 'true' } } }).then(ok);

/** Instrument × test pairs held by QC now, with the reason and since when; each opens to its work. */
export function HoldsList() {
  const [round, setRound] = useState(0);
  const [holds] = useLoad(`open-${round}`, loadHolds);
  const [working, setWorking] = useState<string>();
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
                  <Table.Th>Work</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((hold) => (
                  <Fragment key={hold.id}>
                    <Table.Tr>
                      <Table.Td>{hold.instrumentCode}</Table.Td>
                      <Table.Td>{hold.testCode}</Table.Td>
                      <Table.Td>{hold.reason}</Table.Td>
                      <Table.Td>{formatDateTime(hold.heldSince)}</Table.Td>
                      <Table.Td>{formatDateTime(hold.lookBackFrom)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-expanded={working === hold.id}
                          onClick={() => setWorking(working === hold.id ? undefined : hold.id)}
                        >
                          {working === hold.id ? 'Close' : 'Look-back and corrective action'}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {working === hold.id && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <Stack>
                            <HoldWork hold={hold} onChanged={() => setRound((n) => n + 1)} />
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
    </Paper>
  );
}
