import { Badge, Table, Text, Tooltip } from '@mantine/core';
import { competencyElements } from '@aliquot/domain';
import { humanize } from '../ui/format';
import { competencyElementLabel } from './competency-elements';
import { ExpiryBadge } from './expiry-badge';
import type { CompetencyRow } from './staff-types';

/**
 * Competency assessments, newest first; the latest in each discipline carries its due-date warning, the
 * earlier ones are history.
 */
export function CompetenciesTable({
  rows,
  windowDays,
}: {
  readonly rows: readonly CompetencyRow[];
  readonly windowDays: number;
}) {
  if (rows.length === 0) return <Text c="dimmed">No competency assessment on record.</Text>;
  const sorted = [...rows].sort((a, b) => b.assessed_on.localeCompare(a.assessed_on));
  const latest = new Map<string, string>();
  for (const r of sorted) if (!latest.has(r.discipline)) latest.set(r.discipline, r.id);
  return (
    <Table aria-label="Competency assessments" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Discipline</Table.Th>
          <Table.Th>Assessed</Table.Th>
          <Table.Th>Assessor</Table.Th>
          <Table.Th>Elements met</Table.Th>
          <Table.Th>Result</Table.Th>
          <Table.Th>Next assessment</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((c) => {
          const missed = competencyElements.filter((e) => !c.elements[e]);
          return (
            <Table.Tr key={c.id}>
              <Table.Td fw={600}>{humanize(c.discipline)}</Table.Td>
              <Table.Td>
                {c.assessed_on}
                {c.first_year && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (first year)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.assessor}</Table.Td>
              <Table.Td>
                {missed.length === 0 ? (
                  '6 of 6'
                ) : (
                  <Tooltip label={`Not met: ${missed.map((e) => competencyElementLabel[e]).join('; ')}`}>
                    <Text span size="sm" td="underline dotted" tabIndex={0}>
                      {6 - missed.length} of 6
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={c.passed ? 'teal' : 'red'} variant="light" radius="sm">
                  {c.passed ? 'Passed' : 'Not passed'}
                </Badge>
              </Table.Td>
              <Table.Td>
                {latest.get(c.discipline) === c.id ? (
                  <ExpiryBadge on={c.next_due_on} windowDays={windowDays} kind="due" />
                ) : (
                  <Text size="sm" c="dimmed">
                    superseded
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
