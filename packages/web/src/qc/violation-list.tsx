import { Badge, List, Text } from '@mantine/core';
import type { Violation } from './qc-types';

/** The Westgard violations on a chart, each in words with its rule. */
export function ViolationList({
  violations,
  label = 'Violations',
}: {
  readonly violations: readonly Violation[];
  readonly label?: string;
}) {
  if (violations.length === 0) return <Text c="dimmed">No Westgard rule was broken on this chart.</Text>;
  return (
    <List aria-label={label} spacing={4} mt="sm">
      {violations.map((v, i) => (
        <List.Item key={`${v.rule}-${i}`}>
          <Badge color={v.role === 'rejection' ? 'red.9' : 'yellow.4'} autoContrast mr="xs" tt="none">
            {v.rule}
          </Badge>
          {v.sentence}
        </List.Item>
      ))}
    </List>
  );
}
