import { Table, Text } from '@mantine/core';
import { api, ok } from '../api/client';
import type { TestVersion } from '../api/types';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { changedFields } from './describe-test';

async function fetchHistory(key: string): Promise<TestVersion[]> {
  const [code = ''] = key.split('#');
  const reply = ok(await api.GET('/api/catalog/tests/{code}/history', { params: { path: { code } } }));
  return reply.items;
}

/** Every version of a test definition, newest first, with who changed it, when, and which fields. */
export function TestHistory({ code, version }: { readonly code: string; readonly version: number }) {
  // The current version is part of the key, so a save reloads the history.
  const [history] = useLoad(`${code}#${version}`, fetchHistory);
  return (
    <Loaded load={history} title="The history could not be loaded">
      {(items) => (
        <Table aria-label={`Versions of ${code}`} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Changed</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>What changed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => {
              const previous = items[index + 1];
              const changes = previous ? changedFields(previous.definition, item.definition) : [];
              return (
                <Table.Tr key={item.version}>
                  <Table.Td>v{item.version}</Table.Td>
                  <Table.Td>{formatDateTime(item.changedAt)}</Table.Td>
                  <Table.Td>{item.changedBy}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {previous ? changes.join(', ') || 'nothing (saved unchanged)' : 'first version'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Loaded>
  );
}
