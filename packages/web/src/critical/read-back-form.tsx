import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import {
  channels,
  notifyRoles,
  outcomes,
  type Channel,
  type CriticalCall,
  type NotifyRole,
  type Outcome,
} from './call-options';

/**
 * One attempt at a critical call: whom the caller reached, in what role, how, and whether the result was
 * read back. A refusal is shown above the form and nothing typed is cleared; a success clears it.
 */
export function ReadBackForm({
  call,
  onRecorded,
}: {
  readonly call: CriticalCall;
  readonly onRecorded: (call: CriticalCall) => void;
}) {
  const [reached, setReached] = useState('');
  const [role, setRole] = useState<NotifyRole>((call.callNow as NotifyRole | null) ?? 'ordering-provider');
  const [channel, setChannel] = useState<Channel>('phone');
  const [outcome, setOutcome] = useState<Outcome>('reached');
  const [readBack, setReadBack] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const title = `Record a call for ${call.testCode} on ${call.accessionNumber}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { reached, role, channel, outcome, readBackConfirmed: outcome === 'reached' && readBack };
      const next = ok(
        await api.POST('/api/critical-calls/{id}/attempts', { params: { path: { id: call.id } }, body }),
      );
      setReached('');
      setReadBack(false);
      onRecorded(next);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" aria-label={title} onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <ProblemAlert problem={problem} title="Attempt not recorded" />
        <TextInput
          label="Whom you reached (name, unit or number)"
          value={reached}
          onChange={(e) => setReached(e.currentTarget.value)}
          error={fieldProblem(problem, 'reached')}
          required
          data-autofocus
        />
        <Group grow align="flex-start" preventGrowOverflow={false}>
          <NativeSelect
            style={{ flex: 2 }}
            label="Their role"
            data={notifyRoles.map((r) => ({ ...r }))}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as NotifyRole)}
          />
          <NativeSelect
            label="Channel"
            data={channels.map((c) => ({ ...c }))}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as Channel)}
          />
          <NativeSelect
            label="Outcome"
            data={outcomes.map((o) => ({ ...o }))}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}
          />
        </Group>
        <Checkbox
          label="The result was read back to me correctly"
          checked={readBack && outcome === 'reached'}
          disabled={outcome !== 'reached'}
          onChange={(e) => setReadBack(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={busy}
            color={outcome === 'reached' && readBack ? 'teal.9' : 'blue.9'}
          >
            {outcome === 'reached' && readBack ? 'Complete the call' : 'Record the attempt'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
