import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import { formatDateTime } from '../ui/format';
import { ProblemAlert } from '../ui/problem-alert';
import type { ScheduledTask } from './maintenance-page';

/** Logs a scheduled task as done now, with an optional note; the server moves its due date on. */
export function TaskDoneDialog({
  task,
  onClose,
  onDone,
}: {
  readonly task: ScheduledTask;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const body = note.trim() ? { note: note.trim() } : {};
      const logged = ok(
        await api.POST('/api/qc/schedule/{taskId}/done', { params: { path: { taskId: task.id } }, body }),
      );
      onDone(`${task.task} on ${task.instrumentCode} logged; next due ${formatDateTime(logged.task.dueAt)}.`);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const title = `Log done: ${task.task} on ${task.instrumentCode}`;
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form aria-label={title} onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <ProblemAlert problem={problem} />
          <Textarea
            label="Note (optional)"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldProblem(problem, 'note')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color="blue.9">
              Log as done now
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
