import { Anchor, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../ui/format';
import type { LinkStatus } from './dashboard-types';

const stateColor = {
  listening: 'teal.9',
  connected: 'teal.9',
  connecting: 'yellow.4',
  disconnected: 'gray.7',
  failed: 'red.9',
  stopped: 'gray.7',
} as const satisfies Record<LinkStatus['state'], string>;

export function LinkStateBadge({ state }: { readonly state: LinkStatus['state'] }) {
  return (
    <Badge color={stateColor[state]} autoContrast variant="filled">
      {state}
    </Badge>
  );
}

/** Every instrument link the server runs, with its state and last message. */
export function LinksCard({ links }: { readonly links: readonly LinkStatus[] }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-links-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dashboard-links-title">
          Instrument links
        </Title>
        <Anchor component={Link} to="/instruments">
          Instruments
        </Anchor>
      </Group>
      {links.length === 0 ? (
        <Text c="dimmed">No instrument link is configured.</Text>
      ) : (
        <Table aria-label="Instrument links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Connection</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Last message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((link) => (
              <Table.Tr key={link.connection}>
                <Table.Td>
                  {link.instrumentCode ?? link.connection}{' '}
                  <Text span size="xs" c="dimmed">
                    {link.protocol.toUpperCase()} {link.port ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <LinkStateBadge state={link.state} />
                </Table.Td>
                <Table.Td>{formatDateTime(link.lastMessageAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
