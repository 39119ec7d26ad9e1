import { Table, Text } from '@mantine/core';
import { stateName } from '@aliquot/domain';
import { humanize } from '../ui/format';
import { ExpiryBadge } from './expiry-badge';
import type { LicenceRow } from './staff-types';

/** A person's state licences with their expiry warning. */
export function LicencesTable({
  rows,
  windowDays,
}: {
  readonly rows: readonly LicenceRow[];
  readonly windowDays: number;
}) {
  if (rows.length === 0) return <Text c="dimmed">No state licence on record.</Text>;
  return (
    <Table aria-label="State licences" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Licence</Table.Th>
          <Table.Th>Number</Table.Th>
          <Table.Th>Covers</Table.Th>
          <Table.Th>Issued</Table.Th>
          <Table.Th>Expiry</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td fw={600}>
              {stateName(l.state)} {l.licence_type}
            </Table.Td>
            <Table.Td>{l.number}</Table.Td>
            <Table.Td>
              {l.disciplines.length > 0 ? l.disciplines.map(humanize).join(', ') : 'All disciplines'}
            </Table.Td>
            <Table.Td>{l.issued_on ?? '—'}</Table.Td>
            <Table.Td>
              <ExpiryBadge on={l.expires_on} windowDays={windowDays} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
