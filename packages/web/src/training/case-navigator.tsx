import './training.css';
import { Button, Group } from '@mantine/core';
import type { TrainingCase } from './training-types';

function caseColor(c: TrainingCase): string {
  if (!c.feedback) return 'dark.7';
  if (c.feedback.correct) return 'teal.9';
  return c.feedback.acceptable ? 'yellow.4' : 'red.9';
}

function caseState(c: TrainingCase): string {
  if (!c.feedback) return 'to decide';
  if (c.feedback.correct) return 'correct';
  return c.feedback.acceptable ? 'defensible' : 'not right';
}

/** The session's cases as a row of buttons: which is shown, which are decided and how they went. */
export function CaseNavigator({
  cases,
  current,
  onSelect,
}: {
  readonly cases: readonly TrainingCase[];
  readonly current: string | undefined;
  readonly onSelect: (caseId: string) => void;
}) {
  return (
    <Group gap={6} role="navigation" aria-label="Cases">
      {cases.map((c) => (
        <Button
          key={c.id}
          size="compact-sm"
          variant={c.id === current || c.feedback ? 'filled' : 'default'}
          color={caseColor(c)}
          autoContrast
          className="training-case-button"
          aria-current={c.id === current ? 'step' : undefined}
          aria-label={`Case ${c.id}, ${caseState(c)}`}
          onClick={() => onSelect(c.id)}
        >
          {c.id}
        </Button>
      ))}
    </Group>
  );
}
