import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { fromPbrtqcDraft, pbrtqcErrors, toPbrtqcDraft, type PbrtqcDraft } from './pbrtqc-draft';
import { figure, shownErrors } from './qc-drafts';
import type { PbrtqcMonitor } from './qc-types';

/** Where a server's field path lands on the form. */
const serverField: Partial<Record<keyof PbrtqcDraft, string>> = {
  blockSize: 'procedure.calculation.blockSize',
  lambda: 'procedure.calculation.lambda',
  truncationHigh: 'procedure.truncation',
  upper: 'controlLimits',
};

/**
 * Sets a PBRTQC monitor (qc.md §8): the statistic, truncation, and control limits given or derived
 * from the lab's released results at a false-alarm rate. Checked as typed; the monitor starts afresh.
 */
export function PbrtqcSettingsForm({
  monitor,
  onSaved,
}: {
  readonly monitor: PbrtqcMonitor | undefined;
  readonly onSaved: (monitor: PbrtqcMonitor, note: string) => void;
}) {
  const [draft, setDraft] = useState<PbrtqcDraft>(() => toPbrtqcDraft(monitor));
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const errors = pbrtqcErrors(draft);
  const shown = shownErrors(draft, errors, submitted);
  const set = (field: keyof PbrtqcDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: keyof PbrtqcDraft) =>
    shown[field] ?? fieldProblem(problem, serverField[field] ?? field);
  const field = (name: keyof PbrtqcDraft, label: string, description?: string) => (
    <TextInput
      label={label}
      {...(description ? { description } : {})}
      value={draft[name] as string}
      onChange={(e) => set(name)(e.currentTarget.value)}
      error={error(name)}
      autoComplete="off"
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(undefined);
    if (Object.keys(errors).length > 0) return;
    try {
      const answer = ok(await api.PUT('/api/qc/pbrtqc', { body: fromPbrtqcDraft(draft) }));
      const d = answer.derivedLimits;
      setSubmitted(false);
      onSaved(
        answer.monitor,
        d
          ? `Limits ${figure(d.lower)}–${figure(d.upper)} derived from ${d.statisticCount} statistics` +
              `${d.adequate ? '' : ' (too few for this false-alarm rate: collect more results)'}.`
          : 'Monitor set; its statistic starts afresh.',
      );
    } catch (caught) {
      setProblem(asProblem(caught));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="pbrtqc-settings-title">
      <Title order={3} size="h4" id="pbrtqc-settings-title" mb="xs">
        {monitor ? `Settings of ${monitor.testCode} on ${monitor.instrumentCode}` : 'New monitor'}
      </Title>
      <form aria-label="Moving-average settings" onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ProblemAlert problem={problem} title="Settings not saved" />
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {field('instrumentCode', 'Instrument')}
            {field('testCode', 'Test')}
            <NativeSelect
              label="Statistic"
              value={draft.method}
              onChange={(e) => set('method')(e.currentTarget.value)}
              data={[
                { value: 'sma', label: 'Moving average' },
                { value: 'mm', label: 'Moving median' },
                { value: 'ewma', label: 'EWMA' },
              ]}
            />
            {draft.method === 'ewma'
              ? field('lambda', 'λ (weight)')
              : field('blockSize', 'Block size (results)')}
            {field('truncationLow', 'Truncate below', 'Blank: no truncation')}
            {field('truncationHigh', 'Truncate above')}
            <NativeSelect
              label="Outside the truncation limits"
              value={draft.truncationMode}
              onChange={(e) => set('truncationMode')(e.currentTarget.value)}
              data={[
                { value: 'truncate', label: 'Dropped' },
                { value: 'winsorize', label: 'Clipped to the limit' },
              ]}
            />
            {field('falseAlarmRate', 'False-alarm rate', 'Derives the limits when they are blank')}
            {field('lower', 'Lower control limit')}
            {field('upper', 'Upper control limit')}
          </SimpleGrid>
          <Group justify="space-between">
            <Checkbox
              label="Monitoring on"
              checked={draft.enabled}
              onChange={(e) => {
                const enabled = e.currentTarget.checked;
                setDraft((d) => ({ ...d, enabled }));
              }}
            />
            <Button type="submit">Save settings</Button>
          </Group>
          <Text size="sm" c="gray.7">
            Saving restarts the statistic. Limits derived from history aim at the false-alarm rate per
            statistic.
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
