import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { humanize } from '../ui/format';
import { ExpiryBadge } from './expiry-badge';
import type { ExpiringReply } from './staff-types';

/** Lab-wide: everyone whose licence or certification expires, or competency falls due, within the window. */
export function ExpiringList({ expiring }: { readonly expiring: ExpiringReply }) {
  const rows = expiring.staff.flatMap((person) =>
    person.items.map((item, index) => ({ person, item, index })),
  );
  if (rows.length === 0) {
    return (
      <Text c="dimmed">
        Nothing expires or falls due in the next {expiring.withinDays} days, and nothing has lapsed.
      </Text>
    );
  }
  return (
    <Table aria-label="Expiring soon" withRowBorders verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Person</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>When</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ person, item, index }) => (
          <Table.Tr key={`${person.userId}-${item.kind}-${item.what}-${item.dueOn}`}>
            {index === 0 && (
              <Table.Td rowSpan={person.items.length} style={{ verticalAlign: 'top' }}>
                <Anchor component={Link} to={`/admin/staff/${person.userId}`} fw={600}>
                  {person.displayName}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>{humanize(item.kind)}</Table.Td>
            <Table.Td>{item.what}</Table.Td>
            <Table.Td>
              <ExpiryBadge
                on={item.dueOn}
                windowDays={expiring.withinDays}
                kind={item.kind === 'competency' ? 'due' : 'expires'}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
