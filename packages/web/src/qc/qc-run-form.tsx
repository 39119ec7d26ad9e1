import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { Loaded } from '../ui/loading';
import { ProblemAlert } from '../ui/problem-alert';
import { useLoad } from '../ui/use-load';
import type { ControlLot } from './qc-types';
import { ViolationList } from './violation-list';

type Outcome = components['schemas']['QcRunOutcome'];

const decisionColor = { accept: 'teal.9', warn: 'yellow.4', reject: 'red.9' } as const;

function loadTargets(key: string) {
  const [instrumentCode = '', testCode = ''] = key.split('|');
  return api.GET('/api/qc/targets', { params: { query: { instrumentCode, testCode } } }).then(ok);
}

/**
 * A QC run entered by hand for one instrument × test (a manual method, or controls measured off-line):
 * one value per control level with a target in force, judged at once by the Westgard rules in force.
 * The answer shows the decision, each violation in words and, on a rejection, the hold it placed.
 */
export function QcRunForm({
  instrumentCode,
  testCode,
  lots,
  onRecorded,
}: {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly lots: readonly ControlLot[];
  readonly onRecorded: () => void;
}) {
  const [targets] = useLoad(`${instrumentCode}|${testCode}`, loadTargets);
  const [values, setValues] = useState<Record<string, number | string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const lotName = (lotId: string) => {
    const lot = lots.find((l) => l.id === lotId);
    return lot ? `${lot.level} · lot ${lot.lotNumber}` : lotId;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setOutcome(undefined);
    try {
      const entered = Object.entries(values).filter(([, v]) => v !== '');
      const body = {
        instrumentCode,
        testCode,
        values: entered.map(([lotId, value]) => ({ lotId, value: Number(value) })),
      };
      setOutcome(ok(await api.POST('/api/qc/runs', { body })));
      setValues({});
      onRecorded();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `Enter a QC run: ${testCode} on ${instrumentCode}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      <Loaded load={targets} title="The targets could not be loaded">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">
              No control lot has a target for {testCode} on {instrumentCode}: set one under Lots and targets.
            </Text>
          ) : (
            <form aria-label={title} onSubmit={(e) => void submit(e)}>
              <Stack gap="sm">
                <ProblemAlert problem={problem} />
                <Group align="flex-start">
                  {data.items.map((target) => (
                    <NumberInput
                      key={target.id}
                      label={lotName(target.lotId)}
                      description={`target ${target.mean} ± ${target.sd}`}
                      w={220}
                      value={values[target.lotId] ?? ''}
                      onChange={(v) => setValues((all) => ({ ...all, [target.lotId]: v }))}
                      error={fieldProblem(problem, 'values')}
                    />
                  ))}
                </Group>
                <Group>
                  <Button
                    type="submit"
                    loading={busy}
                    color="blue.9"
                    disabled={Object.values(values).every((v) => v === '')}
                  >
                    Record and judge
                  </Button>
                </Group>
              </Stack>
            </form>
          )
        }
      </Loaded>
      {outcome && (
        <Alert
          mt="sm"
          role="status"
          color={outcome.run.decision === 'reject' ? 'red' : 'teal'}
          title={
            <Group gap="xs">
              <Badge color={decisionColor[outcome.run.decision]} autoContrast>
                {outcome.run.decision}
              </Badge>
              <span>
                Run of {outcome.run.observations.length} value
                {outcome.run.observations.length === 1 ? '' : 's'} recorded
              </span>
            </Group>
          }
        >
          {outcome.run.violations.length > 0 && (
            <ViolationList violations={outcome.run.violations} label="Violations of this run" />
          )}
          {outcome.hold && (
            <Text size="sm" mt="xs">
              {testCode} on {instrumentCode} is on hold: its results wait until the hold is lifted;{' '}
              {outcome.hold.lookBack.length} result{outcome.hold.lookBack.length === 1 ? '' : 's'} released
              since the last accepted QC to look back at (below).
            </Text>
          )}
        </Alert>
      )}
    </Paper>
  );
}
