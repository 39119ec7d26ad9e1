import { Paper, Table, Text, Title } from '@mantine/core';
import { LinkStateBadge } from '../dashboard/links-card';
import type { LinkStatus } from '../dashboard/dashboard-types';
import { formatDateTime } from '../ui/format';

/** Every link the server runs with its state, peers, counts and last error. */
export function LinksTable({ links }: { readonly links: readonly LinkStatus[] }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="links-title">
      <Title order={3} size="h4" id="links-title" mb="xs">
        Connections
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table aria-label="Connections" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Connection</Table.Th>
              <Table.Th>Instrument</Table.Th>
              <Table.Th>Protocol</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th ta="right">Peers</Table.Th>
              <Table.Th ta="right">In / out</Table.Th>
              <Table.Th>Last message</Table.Th>
              <Table.Th>Last error</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((link) => (
              <Table.Tr key={link.connection}>
                <Table.Td>{link.connection}</Table.Td>
                <Table.Td>{link.instrumentCode ?? 'shared'}</Table.Td>
                <Table.Td>
                  {link.protocol.toUpperCase()} {link.role}
                </Table.Td>
                <Table.Td>
                  <LinkStateBadge state={link.state} />
                </Table.Td>
                <Table.Td ff="monospace">
                  {link.host ?? '*'}:{link.port ?? '—'}
                </Table.Td>
                <Table.Td ta="right">{link.peers}</Table.Td>
                <Table.Td ta="right">
                  {link.messagesIn} / {link.messagesOut}
                </Table.Td>
                <Table.Td>{formatDateTime(link.lastMessageAt)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={link.lastError ? 'red.9' : 'dimmed'}>
                    {link.lastError ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
