import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { notifyRoles } from '../critical/call-options';
import { ProblemAlert } from '../ui/problem-alert';

export type VerificationSettings = components['schemas']['VerificationSettings'];
type Step = VerificationSettings['escalationLadder']['steps'][number];

const number = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

/**
 * The lab's verification policy as one form: four-eyes, the state whose licences count, the critical
 * call escalation ladder step by step, the grouping window, the credential alert window and how many
 * delta failures hold a whole specimen. Read-only without `rules:approve`; a refusal keeps what was typed.
 */
export function VerificationSettingsForm({
  settings,
  canChange,
  onSaved,
}: {
  readonly settings: VerificationSettings;
  readonly canChange: boolean;
  readonly onSaved: (settings: VerificationSettings) => void;
}) {
  const [draft, setDraft] = useState(settings);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof VerificationSettings>(key: K, value: VerificationSettings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const ladder = draft.escalationLadder;
  const setSteps = (steps: Step[]) => set('escalationLadder', { ...ladder, steps });
  const setStep = (index: number, step: Step) =>
    setSteps(ladder.steps.map((s, i) => (i === index ? step : s)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const { licenceState, ...rest } = draft;
      const body = { ...rest, ...(licenceState?.trim() ? { licenceState: licenceState.trim() } : {}) };
      onSaved(ok(await api.PUT('/api/verification/settings', { body })));
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form aria-label="Verification settings" onSubmit={(e) => void submit(e)}>
      <fieldset disabled={!canChange} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <ProblemAlert problem={problem} />
          <Paper withBorder p="md" component="section" aria-labelledby="release-title">
            <Title order={3} size="h4" id="release-title" mb="sm">
              Release
            </Title>
            <Stack gap="sm">
              <Switch
                label="Four-eyes: the person who entered a result may not release it"
                checked={draft.fourEyes}
                onChange={(e) => set('fourEyes', e.currentTarget.checked)}
              />
              <TextInput
                label="Licence state"
                description="The state whose licence a releasing person must hold; empty when none is required"
                maw={320}
                value={draft.licenceState ?? ''}
                onChange={(e) => set('licenceState', e.currentTarget.value)}
                error={fieldProblem(problem, 'licenceState')}
              />
              <NumberInput
                label="Credential alert (days)"
                description="Warn this many days before a certification or licence expires"
                maw={320}
                min={0}
                allowDecimal={false}
                value={draft.credentialAlertDays}
                onChange={(v) => set('credentialAlertDays', number(v))}
                error={fieldProblem(problem, 'credentialAlertDays')}
              />
              <NumberInput
                label="Delta failures that hold the whole specimen"
                description="Delta failures on this many analytes of one specimen hold all its results (identity in doubt); 0 turns it off"
                maw={320}
                min={0}
                allowDecimal={false}
                value={draft.deltaFailuresToHoldSpecimen}
                onChange={(v) => set('deltaFailuresToHoldSpecimen', number(v))}
                error={fieldProblem(problem, 'deltaFailuresToHoldSpecimen')}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="critical-title">
            <Title order={3} size="h4" id="critical-title" mb="sm">
              Critical calls
            </Title>
            <Stack gap="sm">
              <Group grow maw={660}>
                <NumberInput
                  label="Target to notify (minutes)"
                  min={1}
                  value={ladder.targetMinutes}
                  onChange={(v) => set('escalationLadder', { ...ladder, targetMinutes: number(v) })}
                  error={fieldProblem(problem, 'escalationLadder.targetMinutes')}
                />
                <NumberInput
                  label="Group criticals of a patient within (minutes)"
                  min={0}
                  value={draft.criticalGroupingMinutes}
                  onChange={(v) => set('criticalGroupingMinutes', number(v))}
                  error={fieldProblem(problem, 'criticalGroupingMinutes')}
                />
              </Group>
              <Text fw={600} size="sm">
                Escalation ladder
              </Text>
              {ladder.steps.length === 0 && (
                <Text size="sm" c="dimmed">
                  No step: an unanswered call is not escalated.
                </Text>
              )}
              {ladder.steps.map((step, index) => (
                <Group key={index} align="flex-end" gap="sm">
                  <NumberInput
                    label={`Step ${index + 1}: after (minutes)`}
                    min={0}
                    w={240}
                    value={step.afterMinutes}
                    onChange={(v) => setStep(index, { ...step, afterMinutes: number(v) })}
                    error={fieldProblem(problem, `escalationLadder.steps.${index}.afterMinutes`)}
                  />
                  <NativeSelect
                    label={`Step ${index + 1}: notify`}
                    w={240}
                    data={notifyRoles.map((r) => ({ value: r.value, label: r.label }))}
                    value={step.notify}
                    onChange={(e) =>
                      setStep(index, { ...step, notify: e.currentTarget.value as Step['notify'] })
                    }
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={`Remove step ${index + 1}`}
                    onClick={() => setSteps(ladder.steps.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => {
                    const last = ladder.steps.at(-1)?.afterMinutes ?? 0;
                    setSteps([...ladder.steps, { afterMinutes: last + 15, notify: 'supervisor' }]);
                  }}
                >
                  Add a step
                </Button>
              </Group>
            </Stack>
          </Paper>
          {canChange && (
            <Group>
              <Button type="submit" loading={busy} color="blue.9">
                Save settings
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
