import { Table, Text } from '@mantine/core';
import { humanize } from '../ui/format';
import { ExpiryBadge } from './expiry-badge';
import type { CertificationRow } from './staff-types';

/** A person's certifications with what they cover and their expiry warning. */
export function CertificationsTable({
  rows,
  windowDays,
}: {
  readonly rows: readonly CertificationRow[];
  readonly windowDays: number;
}) {
  if (rows.length === 0) return <Text c="dimmed">No certification on record.</Text>;
  return (
    <Table aria-label="Certifications" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Certification</Table.Th>
          <Table.Th>Number</Table.Th>
          <Table.Th>Covers</Table.Th>
          <Table.Th>Issued</Table.Th>
          <Table.Th>Expiry</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td fw={600}>
              {c.credential}({c.body}){c.categories.length > 0 && ` ${c.categories.join(', ')}`}
            </Table.Td>
            <Table.Td>{c.number ?? '—'}</Table.Td>
            <Table.Td>
              {c.disciplines.length > 0 ? c.disciplines.map(humanize).join(', ') : 'All disciplines'}
            </Table.Td>
            <Table.Td>{c.issued_on ?? '—'}</Table.Td>
            <Table.Td>
              <ExpiryBadge on={c.expires_on} windowDays={windowDays} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
