import { Button, Group, NativeSelect, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';

const kinds = [
  { value: 'maintenance', label: 'Maintenance' },
  { value: 'calibration', label: 'Calibration' },
] as const;

/** Puts a recurring maintenance or calibration task on an instrument's schedule; a refusal keeps it. */
export function MaintenanceTaskForm({ onScheduled }: { readonly onScheduled: (message: string) => void }) {
  const [instrumentCode, setInstrument] = useState('');
  const [kind, setKind] = useState<'maintenance' | 'calibration'>('maintenance');
  const [testCode, setTestCode] = useState('');
  const [task, setTask] = useState('');
  const [intervalDays, setIntervalDays] = useState<number | string>(1);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = {
        instrumentCode: instrumentCode.trim(),
        kind,
        task: task.trim(),
        intervalDays: Number(intervalDays),
        ...(testCode.trim() ? { testCode: testCode.trim().toUpperCase() } : {}),
      };
      const scheduled = ok(await api.POST('/api/qc/schedule', { body }));
      onScheduled(
        `${scheduled.task} on ${scheduled.instrumentCode} scheduled every ${scheduled.intervalDays} days.`,
      );
      setTask('');
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      aria-label="Schedule a task"
      onSubmit={(e) => void submit(e)}
    >
      <Title order={3} size="h4" mb="xs">
        Schedule a task
      </Title>
      <Stack gap="sm">
        <ProblemAlert problem={problem} />
        <Group align="flex-start">
          <TextInput
            label="Instrument"
            value={instrumentCode}
            onChange={(e) => setInstrument(e.currentTarget.value)}
            error={fieldProblem(problem, 'instrumentCode')}
            required
          />
          <NativeSelect
            label="Kind"
            data={kinds}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
          />
          <TextInput
            label="Test (calibration)"
            value={testCode}
            onChange={(e) => setTestCode(e.currentTarget.value)}
            error={fieldProblem(problem, 'testCode')}
          />
          <TextInput
            label="Task"
            value={task}
            onChange={(e) => setTask(e.currentTarget.value)}
            error={fieldProblem(problem, 'task')}
            required
          />
          <NumberInput
            label="Every (days)"
            min={1}
            allowDecimal={false}
            w={120}
            value={intervalDays}
            onChange={setIntervalDays}
            error={fieldProblem(problem, 'intervalDays')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={busy} color="blue.9">
            Schedule
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
