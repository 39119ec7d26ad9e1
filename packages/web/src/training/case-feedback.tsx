import { Alert, List, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { decisionLabel, type TrainingFeedback } from './training-types';

function verdict(feedback: TrainingFeedback): { title: string; color: string } {
  if (feedback.correct) return { title: 'Correct', color: 'teal' };
  if (feedback.acceptable)
    return { title: `Defensible: best was ${decisionLabel(feedback.expected)}`, color: 'yellow' };
  return { title: `Not right: the answer was ${decisionLabel(feedback.expected)}`, color: 'red' };
}

/** The grader's word on a decided case: the verdict, what really happened, the clues and the consequence. */
export function CaseFeedback({
  feedback,
  headingRef,
}: {
  readonly feedback: TrainingFeedback;
  readonly headingRef?: Ref<HTMLDivElement>;
}) {
  const { title, color } = verdict(feedback);
  return (
    <section aria-label="Feedback">
      <Alert
        color={color}
        variant="light"
        title={
          <div ref={headingRef} tabIndex={-1} data-testid="training-verdict">
            {title}
          </div>
        }
      >
        <Stack gap={6}>
          <Text size="sm">
            You chose <strong>{decisionLabel(feedback.decision)}</strong>.{' '}
            {feedback.comment ? `Your comment: “${feedback.comment}”` : 'No comment.'}
          </Text>
          <Text size="sm">
            <strong>What happened:</strong> {feedback.truth}
          </Text>
          {feedback.clues.length > 0 && (
            <div>
              <Text size="sm" fw={700}>
                The clues on the screen
              </Text>
              <List size="sm">
                {feedback.clues.map((clue) => (
                  <List.Item key={clue}>{clue}</List.Item>
                ))}
              </List>
            </div>
          )}
          <Text size="sm">
            <strong>Consequence:</strong> {feedback.consequence}
          </Text>
        </Stack>
      </Alert>
    </section>
  );
}
