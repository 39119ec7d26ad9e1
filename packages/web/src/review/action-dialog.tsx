import { Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RejectionReason } from '@aliquot/domain';
import { api, done, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { humanize } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';
import type { ReviewRow } from './review-rows';

export type DialogAction = 'dilute' | 'reject' | 'comment';

const titles = {
  dilute: 'Rerun at a dilution',
  reject: 'Reject the specimen',
  comment: 'Comment on the result',
};
const reasons = Object.values(RejectionReason).map((value) => ({ value, label: humanize(value) }));

/**
 * The worklist's actions that need words: dilution factor and reason, rejection reason, a comment. A
 * refusal keeps the dialog open with everything typed; success closes it and tells the worklist.
 */
export function ActionDialog({
  action,
  row,
  onClose,
  onDone,
}: {
  readonly action: DialogAction;
  readonly row: ReviewRow;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const [factor, setFactor] = useState<number | string>(2);
  const [reason, setReason] = useState<string>(reasons[3]?.value ?? 'hemolyzed');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const { result, specimen } = row;
  const id = result.resultId;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      if (action === 'dilute') {
        const body = { factor: Number(factor), reason: text };
        ok(await api.POST('/api/results/{id}/dilute', { params: { path: { id } }, body }));
        onDone(`${result.testCode} of ${specimen.accessionNumber}: rerun at 1:${factor} requested.`);
      } else if (action === 'comment') {
        ok(await api.POST('/api/results/{id}/comments', { params: { path: { id } }, body: { text } }));
        onDone(`Comment added to ${result.testCode} of ${specimen.accessionNumber}.`);
      } else {
        const body = { reason: reason as RejectionReason, ...(text ? { comment: text } : {}) };
        const path = { accession: specimen.accessionNumber };
        done(await api.POST('/api/review/specimens/{accession}/reject', { params: { path }, body }));
        onDone(`Specimen ${specimen.accessionNumber} rejected (${humanize(reason)}).`);
      }
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `${titles[action]}: ${result.testCode} of ${specimen.accessionNumber}`;
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form aria-label={title} onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ProblemAlert problem={problem} />
          {action === 'dilute' && (
            <NumberInput
              label="Dilution factor (1:n)"
              min={2}
              value={factor}
              onChange={setFactor}
              error={fieldProblem(problem, 'factor')}
            />
          )}
          {action === 'reject' && (
            <NativeSelect
              label="Rejection reason"
              data={reasons}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          {action === 'comment' ? (
            <Textarea
              label="Comment"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldProblem(problem, 'text')}
              required
              data-autofocus
            />
          ) : (
            <TextInput
              label={action === 'reject' ? 'Comment (optional)' : 'Reason'}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldProblem(problem, action === 'reject' ? 'comment' : 'reason')}
              required={action !== 'reject'}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color={action === 'reject' ? 'red.9' : 'blue.9'}>
              {titles[action]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
