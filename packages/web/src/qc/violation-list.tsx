import { Badge, List, Text } from '@mantine/core';
import type { components } from '../api/schema';

type Violation = components['schemas']['WestgardViolation'];

/** The Westgard violations on the chart, each in words with its rule. */
export function ViolationList({ violations }: { readonly violations: readonly Violation[] }) {
  if (violations.length === 0) return <Text c="dimmed">No Westgard rule was broken on this chart.</Text>;
  return (
    <List aria-label="Violations" spacing={4} mt="sm">
      {violations.map((v, i) => (
        <List.Item key={`${v.rule}-${i}`}>
          <Badge color={v.role === 'rejection' ? 'red.9' : 'yellow.4'} autoContrast mr="xs">
            {v.rule}
          </Badge>
          {v.sentence}
        </List.Item>
      ))}
    </List>
  );
}
