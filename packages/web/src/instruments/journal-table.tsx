import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { components } from '../api/schema';
import { formatDateTime } from '../ui/format';
import { RawMessage } from './raw-message';

type JournalEntry = components['schemas']['JournalEntry'];

const stateColor: Record<JournalEntry['state'], string> = {
  accepted: 'blue.9',
  processed: 'teal.9',
  unmapped: 'yellow.4',
  failed: 'red.9',
  queued: 'gray.7',
  sent: 'indigo.9',
  acknowledged: 'teal.9',
};

/** The newest messages in and out; each opens to its raw bytes; failed and unmapped ones can be reprocessed. */
export function JournalTable({
  entries,
  busy,
  onReprocess,
}: {
  readonly entries: readonly JournalEntry[];
  readonly busy: boolean;
  readonly onReprocess: (ids: readonly string[]) => void;
}) {
  const [open, setOpen] = useState<string>();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="journal-title">
      <Title order={3} size="h4" id="journal-title" mb="xs">
        Message journal
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">No message has been sent or received.</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label="Message journal">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Direction</Table.Th>
                <Table.Th>Connection</Table.Th>
                <Table.Th>Message</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th ta="right">Results</Table.Th>
                <Table.Th>Bytes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Fragment key={entry.id}>
                  <Table.Tr data-testid="journal-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(entry.receivedAt ?? entry.sentAt ?? entry.createdAt)}
                    </Table.Td>
                    <Table.Td>{entry.direction === 'in' ? 'In' : 'Out'}</Table.Td>
                    <Table.Td>{entry.instrumentCode ?? entry.connection}</Table.Td>
                    <Table.Td>
                      {entry.protocol.toUpperCase()} {entry.messageType}
                      {entry.error && (
                        <Text size="sm" c="red.9">
                          {entry.error}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={120}>
                      <Badge color={stateColor[entry.state]} autoContrast style={{ overflow: 'visible' }}>
                        {entry.state}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{entry.resultCount}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-expanded={open === entry.id}
                          onClick={() => setOpen(open === entry.id ? undefined : entry.id)}
                        >
                          {open === entry.id ? 'Hide' : 'Show'} {entry.raw.bytes} bytes
                        </Button>
                        {(entry.state === 'failed' || entry.state === 'unmapped') && (
                          <Button
                            size="compact-sm"
                            color="blue.9"
                            loading={busy}
                            onClick={() => onReprocess([entry.id])}
                          >
                            Reprocess
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {open === entry.id && (
                    <Table.Tr>
                      <Table.Td colSpan={7}>
                        <Stack gap={4}>
                          {entry.warnings.map((w) => (
                            <Text key={w} size="sm" c="dimmed">
                              {w}
                            </Text>
                          ))}
                          <RawMessage
                            text={entry.frames?.text ?? entry.raw.text}
                            label={`Raw bytes of message ${entry.id}`}
                          />
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
