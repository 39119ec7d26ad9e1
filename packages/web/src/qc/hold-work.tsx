import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { useCan } from '../auth/session';
import { looseValue } from '../dashboard/dashboard-types';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { useLoad } from '../ui/use-load';

type Hold = components['schemas']['InstrumentHold'];

const loadLookBack = (holdId: string) =>
  api.GET('/api/qc/holds/{holdId}/look-back', { params: { path: { holdId } } }).then(ok);

/**
 * Working a hold: the patient results released since the last accepted QC (to judge for impact), the
 * corrective-action form, lifting once a QC run is accepted after it, and the override for those allowed.
 * A refusal is shown and nothing typed is cleared.
 */
export function HoldWork({ hold, onChanged }: { readonly hold: Hold; readonly onChanged: () => void }) {
  const [lookBack] = useLoad(hold.id, loadLookBack);
  const canOverride = useCan('qc:override');
  const [cause, setCause] = useState('');
  const [action, setAction] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const path = { holdId: hold.id };

  const attempt = async (work: () => Promise<string>) => {
    setProblem(undefined);
    try {
      setNotice(await work());
      onChanged();
    } catch (error) {
      setProblem(asProblem(error));
    }
  };

  const record = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      ok(
        await api.POST('/api/qc/holds/{holdId}/corrective-actions', {
          params: { path },
          body: { cause, action },
        }),
      );
      setCause('');
      setAction('');
      return 'Corrective action recorded. Run QC; once it is accepted the hold can be lifted.';
    });
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      aria-label={`Hold on ${hold.testCode} at ${hold.instrumentCode}`}
      role="region"
    >
      <Stack gap="sm">
        <Title order={4} size="h5">
          Look-back: {hold.testCode} results released by {hold.instrumentCode} since{' '}
          {formatDateTime(hold.lookBackFrom)}
        </Title>
        <Loaded load={lookBack} title="The look-back list could not be read">
          {(data) =>
            data.results.length === 0 ? (
              <Text c="dimmed">No patient result was released in the look-back window.</Text>
            ) : (
              <Table aria-label="Look-back results" striped>
                <Table.Tbody>
                  {data.results.map((r) => (
                    <Table.Tr key={r.resultId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/specimens/${r.accessionNumber}`}>
                          {r.accessionNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {r.patient.familyName.toUpperCase()}, {r.patient.givenName} · {r.patient.mrn}
                      </Table.Td>
                      <Table.Td>{looseValue(r.value, r.unit)}</Table.Td>
                      <Table.Td>{formatDateTime(r.releasedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </Loaded>
        <ProblemAlert problem={problem} />
        {notice && (
          <Text role="status" c="teal.9" fw={600}>
            {notice}
          </Text>
        )}
        {hold.correctiveActions.map((a) => (
          <Text key={a.id} size="sm">
            Corrective action: {a.cause} → {a.action}
          </Text>
        ))}
        <form aria-label="Corrective action" onSubmit={record}>
          <Group align="flex-end" grow>
            <Textarea
              label="Cause"
              value={cause}
              onChange={(e) => setCause(e.currentTarget.value)}
              error={fieldProblem(problem, 'cause')}
              autosize
              minRows={1}
              required
            />
            <Textarea
              label="Action taken"
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
              error={fieldProblem(problem, 'action')}
              autosize
              minRows={1}
              required
            />
          </Group>
          <Group justify="flex-end" mt="xs">
            <Button type="submit" variant="default">
              Record corrective action
            </Button>
            <Button
              onClick={() =>
                void attempt(async () => {
                  ok(await api.POST('/api/qc/holds/{holdId}/lift', { params: { path } }));
                  return 'Hold lifted.';
                })
              }
            >
              Lift hold
            </Button>
          </Group>
        </form>
        {canOverride && (
          <Group align="flex-end">
            <TextInput
              label="Override reason"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              color="red.9"
              disabled={reason.trim() === ''}
              onClick={() =>
                void attempt(async () => {
                  ok(
                    await api.POST('/api/qc/holds/{holdId}/override', { params: { path }, body: { reason } }),
                  );
                  return 'Hold lifted by override.';
                })
              }
            >
              Override
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
