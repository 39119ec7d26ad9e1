import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { RulesInForce as Rules } from './qc-types';

const originText = {
  'sigma-accepted': 'the sigma recommendation, accepted by the lab',
  'lab-override': "the lab's own choice, overriding the recommendation",
  'default-from-sigma': 'the sigma default (no choice stored yet)',
  'default-standard': 'the standard multirule (no sigma known yet)',
} as const satisfies Record<Rules['origin'], string>;

/**
 * The rules that judge the next QC run of an instrument × test, and where they come from; reasoning
 * already shown with the sigma report beside it is not repeated.
 */
export function RulesInForce({
  rules,
  alreadyShown = [],
}: {
  readonly rules: Rules;
  readonly alreadyShown?: readonly string[];
}) {
  const reasoning = rules.reasoning.filter((line) => !alreadyShown.includes(line));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="in-force-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="in-force-title">
          Rules in force for {rules.testCode} on {rules.instrumentCode}
        </Title>
        <Group gap="xs" aria-label="Rules in force">
          {rules.config.rules.map((rule) => (
            <Badge key={rule} tt="none" color="dark" variant="outline" size="lg" radius="sm">
              {rule}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          From {originText[rules.origin]}
          {rules.sigma === null ? '' : ` (σ ${rules.sigma.toFixed(1)})`}; a run spans {rules.runWindowMinutes}{' '}
          minutes; sequences {rules.config.resetAtControlLotChange ? 'restart' : 'carry on'} at a control lot
          change.
        </Text>
        {reasoning.length > 0 && (
          <List spacing={2} size="sm" aria-label="Why these rules">
            {reasoning.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
