import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { RejectionReason } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { SpecimenTimeline } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { rejectionReasonLabel } from './rejection-reasons';

const reasons = [
  { value: '', label: 'Choose a reason…', disabled: true },
  ...Object.values(RejectionReason).map((value) => ({ value, label: rejectionReasonLabel[value] })),
];

/** Reject a specimen with a reason code, who was notified and a comment; its open tests are cancelled. */
export function RejectionForm({
  accession,
  onRejected,
}: {
  readonly accession: string;
  readonly onRejected: (timeline: SpecimenTimeline) => void;
}) {
  const [reason, setReason] = useState('');
  const [notified, setNotified] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = {
        reason: reason as RejectionReason,
        ...(notified.trim() ? { notified: notified.trim() } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      };
      onRejected(
        ok(await api.POST('/api/specimens/{accession}/reject', { params: { path: { accession } }, body })),
      );
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Reject the specimen" noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Not rejected" />
        <NativeSelect
          label="Rejection reason"
          data={reasons}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldProblem(problem, 'reason')}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Who was notified"
            description="Ward, nurse or requester told to recollect"
            value={notified}
            onChange={(e) => setNotified(e.currentTarget.value)}
            error={fieldProblem(problem, 'notified')}
          />
          <TextInput
            label="Comment"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={fieldProblem(problem, 'comment')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" color="red.8" variant="outline" loading={busy} disabled={!reason}>
            Reject specimen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
