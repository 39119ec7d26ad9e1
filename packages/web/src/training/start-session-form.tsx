import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import type { Scenario, TrainingSession } from './training-types';

/** Picks a scenario and a number of cases and starts a sandbox session (no patient record is touched). */
export function StartSessionForm({
  scenarios,
  onStarted,
}: {
  readonly scenarios: readonly Scenario[];
  readonly onStarted: (session: TrainingSession) => void;
}) {
  const [scenario, setScenario] = useState(scenarios[0]?.name ?? 'default');
  const [cases, setCases] = useState<number | string>(12);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const chosen = scenarios.find((s) => s.name === scenario);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { scenario, cases: Number(cases) };
      onStarted(ok(await api.POST('/api/training/sessions', { body })));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Start a session">
      <form aria-label="Start a training session" onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Title order={3}>Start a session</Title>
          <ProblemAlert problem={problem} title="Not started" />
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label="Scenario"
              data={scenarios.map((s) => ({ value: s.name, label: s.title }))}
              value={scenario}
              onChange={(e) => setScenario(e.currentTarget.value)}
              error={fieldProblem(problem, 'scenario')}
              miw={260}
            />
            <NumberInput
              label="Cases"
              min={1}
              max={50}
              value={cases}
              onChange={setCases}
              error={fieldProblem(problem, 'cases')}
              w={110}
            />
            <Button type="submit" loading={busy}>
              Start session
            </Button>
          </Group>
          {chosen && (
            <Text size="sm" c="dimmed">
              {chosen.description}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
