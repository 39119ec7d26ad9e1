import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../ui/format';
import { scoreText, type SessionSummary } from './training-types';

/** Training sessions with their scores, newest first; with `showTrainee` the educator's view of all. */
export function SessionTable({
  sessions,
  label,
  showTrainee = false,
}: {
  readonly sessions: readonly SessionSummary[];
  readonly label: string;
  readonly showTrainee?: boolean;
}) {
  if (sessions.length === 0) return <Text c="dimmed">No session yet.</Text>;
  const newest = [...sessions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table aria-label={label} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {showTrainee && <Table.Th>Trainee</Table.Th>}
          <Table.Th>Started</Table.Th>
          <Table.Th>Scenario</Table.Th>
          <Table.Th>Decided</Table.Th>
          <Table.Th>Correct</Table.Th>
          <Table.Th>Errors released</Table.Th>
          <Table.Th>Criticals called</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {newest.map((s) => (
          <Table.Tr key={s.id} data-testid={`training-session-${s.trainee}`}>
            {showTrainee && <Table.Td fw={700}>{s.trainee}</Table.Td>}
            <Table.Td>
              <Anchor component={Link} to={`/training/sessions/${s.id}`}>
                {formatDateTime(s.createdAt)}
              </Anchor>
            </Table.Td>
            <Table.Td>{s.scenario}</Table.Td>
            <Table.Td>
              {s.score.decided} of {s.score.cases}
            </Table.Td>
            <Table.Td>{scoreText(s.score)}</Table.Td>
            <Table.Td>{s.score.errorsReleased}</Table.Td>
            <Table.Td>
              {s.score.criticalsCalled} of {s.score.criticalCases}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
