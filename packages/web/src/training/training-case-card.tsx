import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ResultFlags } from '../specimens/result-flags';
import { formatDuration } from '../ui/format';
import type { TrainingCase, TrainingResult } from './training-types';

/** "+1.2 (+25 %)" between the result and the patient's previous one, when both are numbers. */
export function trainingDelta(result: TrainingResult): string | undefined {
  const now = Number(result.value);
  const before = Number(result.previous?.value);
  if (!result.previous || !Number.isFinite(now) || !Number.isFinite(before)) return undefined;
  const delta = Number((now - before).toFixed(3));
  const sign = delta > 0 ? '+' : '';
  const pct = before === 0 ? '' : ` (${sign}${Math.round(((now - before) / before) * 100)} %)`;
  return `${sign}${delta}${pct}`;
}

function hoursAgo(hours: number): string {
  return hours < 48 ? `${Math.round(hours)} h ago` : `${Math.round(hours / 24)} days ago`;
}

/** The serum indices as the analyzer reports them, unmarked: judging them is the trainee's work. */
function SerumIndices({ indices }: { readonly indices: TrainingCase['specimen']['serumIndices'] }) {
  if (!indices) return <Text size="sm">Serum indices: not measured</Text>;
  const marks = [
    { name: 'H', label: 'Hemolysis', value: indices.hemolysis },
    { name: 'I', label: 'Icterus', value: indices.icterus },
    { name: 'L', label: 'Lipemia', value: indices.lipemia },
  ];
  return (
    <Group gap={6} aria-label="Serum indices">
      <Text size="sm">Serum indices:</Text>
      {marks.map((m) => (
        <Badge
          key={m.name}
          color="gray.2"
          autoContrast
          variant="filled"
          title={`${m.label} index ${m.value}`}
        >
          {m.name} {m.value}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * One training case as a technologist sees a held specimen: the patient and where they are, the tube
 * and its age, the serum indices, and each result with its flag, interval, analyzer flags and the
 * patient's previous value with the delta.
 */
export function TrainingCaseCard({ trainingCase }: { readonly trainingCase: TrainingCase }) {
  const { patient, specimen, results } = trainingCase;
  return (
    <Paper withBorder p="md" component="section" aria-label={`Case ${trainingCase.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>
              {patient.name}{' '}
              <Text span c="dimmed" size="md">
                {patient.sex}, {patient.ageYears} years
              </Text>
            </Title>
            <Text size="sm">{patient.setting}</Text>
          </div>
          <Stack gap={2} align="flex-end">
            <Text fw={700} ff="monospace">
              {specimen.label}
            </Text>
            <Text size="sm">
              {specimen.container} · collected {formatDuration(specimen.minutesSinceCollection)} ago
            </Text>
          </Stack>
        </Group>
        <SerumIndices indices={specimen.serumIndices} />
        <Table striped aria-label="Results" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Test</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Reference interval</Table.Th>
              <Table.Th>Previous, Δ</Table.Th>
              <Table.Th>Analyzer flags</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => {
              const delta = trainingDelta(r);
              return (
                <Table.Tr key={r.testCode} data-testid={`training-result-${r.testCode}`}>
                  <Table.Td>
                    <Text fw={700} size="sm">
                      {r.testCode}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.testName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {r.value}
                        {r.unit ? ` ${r.unit}` : ''}
                      </Text>
                      {r.flag && <ResultFlags flags={[r.flag]} />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.referenceInterval ?? '—'}</Table.Td>
                  <Table.Td>
                    {r.previous ? (
                      <Text size="sm">
                        {r.previous.value} · {hoursAgo(r.previous.hoursAgo)}
                        {delta && <Text span fw={600}>{` · Δ ${delta}`}</Text>}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        No earlier result
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.instrumentFlags.length > 0 ? (
                      <Group gap={4}>
                        {r.instrumentFlags.map((f) => (
                          <Badge key={f} color="orange.9" variant="filled" radius="sm">
                            {f}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">
                        none
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
