import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { decisionLabel, scoreText, trainingDecisions, type TrainingScore } from './training-types';

function Tile({ label, value, danger }: { label: string; value: string; danger?: boolean }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={danger ? 'red.9' : undefined}>
        {value}
      </Text>
    </Paper>
  );
}

/** A session's score: correct, defensible, the dangerous errors, and how each kind of case went. */
export function TrainingScoreCard({ score }: { readonly score: TrainingScore }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Score">
      <Title order={3} mb="sm">
        Score
      </Title>
      <SimpleGrid cols={{ base: 2, md: 5 }} mb="md">
        <Tile label="Correct" value={scoreText(score)} />
        <Tile label="Correct or defensible" value={`${score.acceptable} of ${score.decided}`} />
        <Tile
          label="Errors released"
          value={String(score.errorsReleased)}
          danger={score.errorsReleased > 0}
        />
        <Tile label="Needless holds" value={String(score.needlessHolds)} />
        <Tile
          label="Criticals called"
          value={`${score.criticalsCalled} of ${score.criticalCases}`}
          danger={score.criticalsCalled < score.criticalCases && score.decided === score.cases}
        />
      </SimpleGrid>
      <Table aria-label="By the right decision" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Right decision</Table.Th>
            <Table.Th>Cases</Table.Th>
            <Table.Th>Got right</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trainingDecisions.map(({ decision }) => (
            <Table.Tr key={decision}>
              <Table.Td>{decisionLabel(decision)}</Table.Td>
              <Table.Td>{score.byExpected[decision].cases}</Table.Td>
              <Table.Td>{score.byExpected[decision].correct}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
