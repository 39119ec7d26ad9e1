import { useMemo, useState } from 'react';
import { Badge, Table, Text, TextInput } from '@mantine/core';
import { humanize } from '../ui/format';
import { describeNode, describeValue } from './describe-rule';
import type { Rule } from './rule-set-types';

/** A version's rules in chain order, each with what it applies to, when it fires, what it does and why. */
export function RuleTable({ rules, label }: { readonly rules: readonly Rule[]; readonly label: string }) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f === '' ? rules : rules.filter((rule) => JSON.stringify(rule).toLowerCase().includes(f));
  }, [rules, filter]);

  return (
    <>
      <TextInput
        label="Filter rules"
        description="Any word of a rule: its id, stage, test code, threshold or source"
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={420}
        autoComplete="off"
        mb="sm"
      />
      <Text size="sm" c="dimmed" mb="xs">
        {shown.length} of {rules.length} rules
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={label} striped verticalSpacing="xs" styles={{ td: { verticalAlign: 'top' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Rule</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Applies to</Table.Th>
              <Table.Th w="20%">When</Table.Th>
              <Table.Th>Then</Table.Th>
              <Table.Th w="26%">Why, and where from</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((rule) => (
              <Table.Tr key={rule.id}>
                <Table.Td>
                  <Text ff="monospace" size="sm" fw={600}>
                    {rule.id}
                  </Text>
                  <Text size="sm">{rule.name}</Text>
                  <Text size="xs" c="dimmed">
                    Reason shown: “{rule.message}”
                  </Text>
                  {!rule.enabled && (
                    <Badge color="gray" variant="outline" mt={4}>
                      disabled
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{humanize(rule.stage)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{describeNode(rule.appliesTo)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeNode(rule.when)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeValue(rule.then)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{rule.rationale}</Text>
                  <Text size="xs" c="dimmed">
                    {rule.source}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
