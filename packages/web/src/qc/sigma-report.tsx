import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SigmaRecommendation } from './qc-types';

const design = (d: { n: number; runs: number }) => `N${d.n} R${d.runs}`;

function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </div>
  );
}

/** The sigma metric from TEa, bias and CV, and the Westgard rules it recommends, with the reasoning. */
export function SigmaReport({ sigma }: { readonly sigma: SigmaRecommendation }) {
  const { inputs, recommendation: r } = sigma;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sigma-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="sigma-title">
          {sigma.testCode} on {sigma.instrumentCode}: σ {r.sigma.toFixed(1)}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} aria-label="Sigma inputs">
          <Figure label="Sigma metric" value={r.sigma.toFixed(2)} />
          <Figure label={`TEa (${inputs.teaSource})`} value={`${r.teaPercent.toFixed(1)} %`} />
          <Figure label="Bias" value={`${inputs.biasPercent} %`} />
          <Figure label={`CV (${inputs.cvSource})`} value={`${inputs.cvPercent.toFixed(2)} %`} />
          <Figure label="Decision level" value={String(inputs.decisionLevel)} />
        </SimpleGrid>
        <Group gap="xs" aria-label="Recommended rules">
          <Text fw={600}>Recommended:</Text>
          {r.rules.map((rule) => (
            <Badge key={rule} tt="none" color="indigo.8" size="lg" radius="sm">
              {rule}
            </Badge>
          ))}
          <Text>
            {design(r.design)}
            {r.alternativeDesigns.length > 0 && ` (or ${r.alternativeDesigns.map(design).join(', ')})`} ·{' '}
            {r.levels} levels
          </Text>
        </Group>
        {!r.fitForRoutineUse && (
          <Text c="red.9" fw={600}>
            Below 3 sigma: the method is not fit for routine use without improvement.
          </Text>
        )}
        <List aria-label="Reasoning" spacing={4} size="sm">
          {r.reasoning.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="sm" c="gray.7">
          Rule table: {r.tableName} (
          {r.tableVerification === 'verified' ? 'verified' : 'not yet verified against its source'})
        </Text>
      </Stack>
    </Paper>
  );
}
