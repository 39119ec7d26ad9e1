import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Order } from '../api/types';
import { PriorityBadge } from '../ui/state-badge';

/** The order just placed and the specimens to collect for it, each ready to check in. */
export function PlacedOrder({
  order,
  onCheckIn,
}: {
  readonly order: Order;
  readonly onCheckIn: (accession: string) => void;
}) {
  return (
    <Alert color="teal" variant="light" title={`Order ${order.orderNumber} placed`} role="status">
      <Group gap="xs" mb="xs">
        <PriorityBadge priority={order.priority} />
        <Text size="sm">{order.orderables.join(', ')}</Text>
      </Group>
      <Table aria-label="Specimens to collect" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Accession</Table.Th>
            <Table.Th>Specimen</Table.Th>
            <Table.Th>Tube</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.specimens.map((s) => (
            <Table.Tr key={s.accessionNumber}>
              <Table.Td>
                <Anchor component={Link} to={`/specimens/${s.accessionNumber}`} ff="monospace" fw={600}>
                  {s.accessionNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{s.specimenType}</Table.Td>
              <Table.Td>{s.container}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  onClick={() => onCheckIn(s.accessionNumber)}
                  aria-label={`Check in ${s.accessionNumber}`}
                >
                  Check in
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
