import { Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { SessionTable } from './session-table';
import { StartSessionForm } from './start-session-form';

async function loadTraining(supervise: boolean) {
  const [scenarios, mine, all] = await Promise.all([
    api.GET('/api/training/scenarios').then(ok),
    api.GET('/api/training/sessions').then(ok),
    supervise
      ? api.GET('/api/training/sessions', { params: { query: { scope: 'all' } } }).then(ok)
      : undefined,
  ]);
  return { scenarios: scenarios.items, mine: mine.items, all: all?.items };
}

/**
 * Training mode: start a sandbox session of review cases drawn from a scenario, see your sessions and
 * scores; an educator (training:supervise) also sees every trainee's.
 */
export function TrainingPage() {
  const supervise = useCan('training:supervise');
  const navigate = useNavigate();
  const [load] = useLoad(supervise ? 'all' : 'mine', () => loadTraining(supervise));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Training</Title>
        <Text size="sm" c="dimmed">
          Simulated specimens, graded against what really happened. Nothing reaches a patient record.
        </Text>
      </Group>
      <Loaded load={load} title="Training could not be read">
        {({ scenarios, mine, all }) => (
          <>
            <StartSessionForm
              scenarios={scenarios}
              onStarted={(session) => void navigate(`/training/sessions/${session.id}`)}
            />
            <Stack gap="xs" component="section" aria-label="My sessions">
              <Title order={3}>My sessions</Title>
              <SessionTable sessions={mine} label="My sessions" />
            </Stack>
            {all && (
              <Stack gap="xs" component="section" aria-label="Trainees’ sessions">
                <Title order={3}>Trainees’ sessions</Title>
                <SessionTable sessions={all} label="Trainees’ sessions" showTrainee />
              </Stack>
            )}
          </>
        )}
      </Loaded>
    </Stack>
  );
}
