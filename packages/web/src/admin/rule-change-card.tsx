import { Badge, Group, Paper, Table, Text, type MantineColor } from '@mantine/core';
import { describeNode, describeValue } from './describe-rule';
import type { RuleChange } from './rule-set-types';

// Dark enough for white text on the badge (the yellow one takes dark text) and for the border.
const changeColor = { added: 'teal', removed: 'red', changed: 'yellow' } as const satisfies Record<
  RuleChange['kind'],
  MantineColor
>;

/** One changed rule: added or removed with what it does, or changed field by field, before and after. */
export function RuleChangeCard({ change }: { readonly change: RuleChange }) {
  const color = changeColor[change.kind];
  return (
    <Paper
      withBorder
      p="sm"
      role="listitem"
      bg={`${color}.0`}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-7)` }}
    >
      <Group gap="xs" mb={4}>
        <Badge
          color={color === 'yellow' ? 'yellow.4' : `${color}.9`}
          variant="filled"
          autoContrast
          radius="sm"
        >
          {change.kind}
        </Badge>
        <Text ff="monospace" fw={600}>
          {change.ruleId}
        </Text>
        {change.kind !== 'changed' && <Text>{change.rule.name}</Text>}
      </Group>
      {change.kind === 'changed' ? (
        <Table aria-label={`Changes to ${change.ruleId}`} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {change.fields.map((f) => (
              <Table.Tr key={f.field}>
                <Table.Td ff="monospace">{f.field}</Table.Td>
                <Table.Td>
                  <Text size="sm" td="line-through">
                    {describeValue(f.before)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {describeValue(f.after)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm">
          When {describeNode(change.rule.when)} → {describeValue(change.rule.then)}
        </Text>
      )}
    </Paper>
  );
}
