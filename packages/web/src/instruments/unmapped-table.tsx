import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { components } from '../api/schema';
import { formatDateTime } from '../ui/format';

export type UnmappedCode = components['schemas']['UnmappedCode'];

/**
 * Codes no mapping covers, with the messages waiting on each: map a test code to a catalog test here
 * (`onMap`, for those who may change instruments), or reprocess once the mapping is fixed elsewhere.
 */
export function UnmappedTable({
  codes,
  busy,
  onReprocess,
  onMap,
}: {
  readonly codes: readonly UnmappedCode[];
  readonly busy: boolean;
  readonly onReprocess: (ids: readonly string[]) => void;
  readonly onMap?: (code: UnmappedCode) => void;
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
              <Table.Th>Fix</Table.Th>
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
                  <Group gap="xs">
                    {onMap && code.kind === 'test' && (
                      <Button size="compact-sm" color="teal.9" disabled={busy} onClick={() => onMap(code)}>
                        Map {code.code} to a test
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={busy}
                      onClick={() => onReprocess(code.journalIds)}
                    >
                      Reprocess {code.journalIds.length} message{code.journalIds.length === 1 ? '' : 's'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
