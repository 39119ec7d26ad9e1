import { Button, Paper, Table, Text, Title } from '@mantine/core';
import type { components } from '../api/schema';
import { formatDateTime } from '../ui/format';

type UnmappedCode = components['schemas']['UnmappedCode'];

/** Codes no mapping covers, with the messages waiting on each; reprocess them once the mapping is fixed. */
export function UnmappedTable({
  codes,
  busy,
  onReprocess,
}: {
  readonly codes: readonly UnmappedCode[];
  readonly busy: boolean;
  readonly onReprocess: (ids: readonly string[]) => void;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="unmapped-title">
      <Title order={3} size="h4" id="unmapped-title" mb="xs">
        Unmapped codes
      </Title>
      {codes.length === 0 ? (
        <Text c="dimmed">Every code the instruments sent is mapped.</Text>
      ) : (
        <Table aria-label="Unmapped codes" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Instrument</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Code</Table.Th>
              <Table.Th ta="right">Seen</Table.Th>
              <Table.Th>Last seen</Table.Th>
              <Table.Th>After fixing the mapping</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.map((code) => (
              <Table.Tr key={`${code.instrument}-${code.kind}-${code.code}`}>
                <Table.Td>{code.instrument}</Table.Td>
                <Table.Td>{code.kind}</Table.Td>
                <Table.Td ff="monospace">{code.code}</Table.Td>
                <Table.Td ta="right">{code.count}</Table.Td>
                <Table.Td>{formatDateTime(code.lastSeen)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    color="blue.9"
                    loading={busy}
                    onClick={() => onReprocess(code.journalIds)}
                  >
                    Reprocess {code.journalIds.length} message{code.journalIds.length === 1 ? '' : 's'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
