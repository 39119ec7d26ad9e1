import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { emptyTarget, figure, shownErrors, targetErrors, typedNumber, type TargetDraft } from './qc-drafts';
import type { ControlLot } from './qc-types';

type Way = 'hand' | 'establish' | 'cumulative';

/**
 * Puts a target in force for a lot on an instrument × test: a mean and SD typed by hand, the lab's own
 * from ≥ 20 runs (CLSI C24; a provisional one from fewer when asked for), or the cumulative mean and SD.
 * Fields are checked as they are typed; a refusal shows the server's message and keeps what was typed.
 */
export function TargetForm({ lot, onSaved }: { readonly lot: ControlLot; readonly onSaved: () => void }) {
  const [draft, setDraft] = useState<TargetDraft>(emptyTarget);
  const [provisional, setProvisional] = useState(false);
  const [submitted, setSubmitted] = useState<Way>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const errors = targetErrors(draft, {
    needsValues: submitted === 'hand' || draft.mean !== '' || draft.sd !== '',
  });
  const shown = shownErrors(draft, errors, submitted !== undefined);
  const set = (field: keyof TargetDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: keyof TargetDraft) => shown[field] ?? fieldProblem(problem, field);

  const save = async (way: Way) => {
    setSubmitted(way);
    setProblem(undefined);
    setNotice(undefined);
    const mustHave = targetErrors(draft, { needsValues: way === 'hand' });
    if (Object.keys(mustHave).length > 0) return;
    const key = {
      instrumentCode: draft.instrumentCode.trim(),
      testCode: draft.testCode.trim().toUpperCase(),
      lotId: lot.id,
    };
    try {
      if (way === 'hand') {
        const target = ok(
          await api.POST('/api/qc/targets', {
            body: { ...key, mean: typedNumber(draft.mean) ?? 0, sd: typedNumber(draft.sd) ?? 0 },
          }),
        );
        setNotice(
          `Target in force on ${target.instrumentCode} for ${target.testCode}: mean ${target.mean}, SD ${target.sd}.`,
        );
      } else {
        const answer = ok(
          way === 'establish'
            ? await api.POST('/api/qc/targets/establish', { body: { ...key, allowProvisional: provisional } })
            : await api.POST('/api/qc/targets/cumulative', { body: key }),
        );
        const c = answer.calculation;
        setNotice(
          `${c.status === 'provisional' ? 'Provisional target' : 'Target'} from ${c.n} values of ${c.runCount} runs` +
            ` (${c.excludedCount} excluded): mean ${figure(answer.target.mean)}, SD ${figure(answer.target.sd)}, CV ${answer.target.cvPercent.toFixed(1)} %.`,
        );
      }
      setSubmitted(undefined);
      onSaved();
    } catch (caught) {
      setProblem(asProblem(caught));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save('hand');
  };

  return (
    <form aria-label={`Target of lot ${lot.lotNumber} ${lot.level}`} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Target not set" />
        {notice && (
          <Text role="status" c="teal.9" fw={600}>
            {notice}
          </Text>
        )}
        <Group align="flex-start" grow>
          <TextInput
            label="Instrument"
            value={draft.instrumentCode}
            onChange={(e) => set('instrumentCode')(e.currentTarget.value)}
            error={error('instrumentCode')}
            autoComplete="off"
          />
          <TextInput
            label="Test"
            value={draft.testCode}
            onChange={(e) => set('testCode')(e.currentTarget.value)}
            error={error('testCode')}
            autoComplete="off"
          />
          <TextInput
            label="Mean"
            inputMode="decimal"
            value={draft.mean}
            onChange={(e) => set('mean')(e.currentTarget.value)}
            error={error('mean')}
            autoComplete="off"
          />
          <TextInput
            label="SD"
            inputMode="decimal"
            value={draft.sd}
            onChange={(e) => set('sd')(e.currentTarget.value)}
            error={error('sd')}
            autoComplete="off"
          />
        </Group>
        <Group justify="space-between">
          <Checkbox
            label="Accept a provisional target from fewer than 20 runs"
            checked={provisional}
            onChange={(e) => setProvisional(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit">Set mean and SD</Button>
            <Button variant="default" onClick={() => void save('establish')}>
              Establish from runs
            </Button>
            <Button variant="default" onClick={() => void save('cumulative')}>
              Cumulative
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
