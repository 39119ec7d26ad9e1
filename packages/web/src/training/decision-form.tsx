import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { ProblemAlert } from '../ui/problem-alert';
import { trainingDecisions, type TrainingDecision, type TrainingFeedback } from './training-types';

/**
 * The trainee's decision on a case: a comment (why), then one of release, rerun, reject or call. The
 * letters R U J C decide from anywhere in the form but the comment box. A refusal keeps the comment.
 */
export function DecisionForm({
  sessionId,
  caseId,
  onDecided,
}: {
  readonly sessionId: string;
  readonly caseId: string;
  readonly onDecided: (feedback: TrainingFeedback) => void;
}) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<TrainingDecision>();
  const [problem, setProblem] = useState<Problem>();

  const decide = async (decision: TrainingDecision) => {
    if (busy) return;
    setBusy(decision);
    setProblem(undefined);
    try {
      const path = { id: sessionId, caseId };
      const body = { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) };
      const url = '/api/training/sessions/{id}/cases/{caseId}/decision';
      // The contract marks the named feedback schema nullable (it is also a case's "not yet"); a decision
      // always answers with one.
      const feedback = ok(await api.POST(url, { params: { path }, body }));
      if (feedback) onDecided(feedback);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(undefined);
    }
  };

  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLTextAreaElement) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const choice = trainingDecisions.find((d) => d.key === event.key.toUpperCase());
    if (choice) {
      event.preventDefault();
      void decide(choice.decision);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label="Your decision" onKeyDown={keyDown}>
      <ProblemAlert problem={problem} title="Not recorded" />
      <Textarea
        label="Comment"
        description="What you saw and why you decide so (kept with your decision for your educator)"
        autosize
        minRows={2}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={fieldProblem(problem, 'comment')}
      />
      <Group gap="sm">
        {trainingDecisions.map((d) => (
          <Button
            key={d.decision}
            color={d.color}
            loading={busy === d.decision}
            disabled={busy !== undefined && busy !== d.decision}
            onClick={() => void decide(d.decision)}
            title={`${d.hint} (${d.key})`}
          >
            {d.label}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        Keys outside the comment: {trainingDecisions.map((d) => `${d.key} ${d.label}`).join(' · ')}
      </Text>
    </Stack>
  );
}
