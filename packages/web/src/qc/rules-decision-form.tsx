import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import type { SigmaRecommendation, WestgardRule } from './qc-types';

/** Every Westgard rule the server knows, in its order: a Record, so a rule added there must be added here. */
const ruleOrder = {
  '1-2s': 1,
  '1-3s': 2,
  '2-2s': 3,
  'R-4s': 4,
  '4-1s': 5,
  '2of3-2s': 6,
  '3-1s': 7,
  '6x': 8,
  '8x': 9,
  '9x': 10,
  '10x': 11,
  '12x': 12,
} as const satisfies Record<WestgardRule, number>;
const allRules = Object.keys(ruleOrder) as WestgardRule[];

export interface SigmaQuestion {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly biasPercent: number;
  readonly cvPercent?: number;
  readonly decisionLevel?: number;
  readonly levels: 2 | 3;
}

/**
 * For those who may change rules: accept the sigma recommendation, or choose other rules with a reason.
 * Later runs are judged by what is stored. A refusal keeps the choice and the reason typed.
 */
export function RulesDecisionForm({
  question,
  sigma,
  onDecided,
}: {
  readonly question: SigmaQuestion;
  readonly sigma: SigmaRecommendation;
  readonly onDecided: (next: SigmaRecommendation) => void;
}) {
  const [rules, setRules] = useState<string[]>(sigma.current.config.rules);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();

  const decide = async (
    decision: { choice: 'accept' } | { choice: 'override'; rules: string[]; reason: string },
  ) => {
    setProblem(undefined);
    setNotice(undefined);
    try {
      const next = ok(await api.POST('/api/qc/rules', { body: { ...question, decision } }));
      setNotice(`Stored: later runs are judged by ${next.current.config.rules.join(' / ')}.`);
      setRules(next.current.config.rules);
      onDecided(next);
    } catch (caught) {
      setProblem(asProblem(caught));
    }
  };

  const override = (event: FormEvent) => {
    event.preventDefault();
    void decide({ choice: 'override', rules, reason });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="decide-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="decide-title">
          Change the rules
        </Title>
        <ProblemAlert problem={problem} title="Rules not changed" />
        {notice && (
          <Text role="status" c="teal.9" fw={600}>
            {notice}
          </Text>
        )}
        <Group>
          <Button onClick={() => void decide({ choice: 'accept' })}>
            Accept {sigma.recommendation.rules.join(' / ')}
          </Button>
        </Group>
        <form aria-label="Other rules" onSubmit={override} noValidate>
          <Stack gap="xs">
            <Checkbox.Group label="Or choose other rules" value={rules} onChange={setRules}>
              <Group mt={4}>
                {allRules.map((rule) => (
                  <Checkbox key={rule} value={rule} label={rule} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group align="flex-end">
              <TextInput
                label="Reason for not following the recommendation"
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldProblem(problem, 'decision.reason')}
                style={{ flex: 1 }}
              />
              <Button type="submit" variant="default" disabled={rules.length === 0}>
                Use these rules
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
