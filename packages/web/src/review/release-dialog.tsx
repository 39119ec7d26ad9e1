import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReviewRow } from './review-rows';

/**
 * Asks for the confirming comment a release needs when a result was held for a critical value or a
 * delta. Focus starts in the comment; Enter confirms, Escape cancels, and focus goes back to the row it
 * was opened from (the dialog is unmounted on closing, so it does that itself rather than the modal's
 * own return). The comment becomes the release's reason on the server.
 */
export function ReleaseDialog({
  rows,
  why,
  busy,
  onCancel,
  onConfirm,
}: {
  readonly rows: readonly ReviewRow[];
  readonly why: readonly string[];
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: (comment: string) => void;
}) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  // Read during the first render, before the modal's focus trap moves the focus into the dialog.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => {
    const row = opener.current;
    return () => {
      // After the modal has let go of the focus; a released row is gone and keeps it no longer.
      setTimeout(() => row?.isConnected && row.focus(), 0);
    };
  }, []);
  const first = rows[0];
  const what =
    rows.length === 1 && first
      ? `${first.result.testCode} of ${first.specimen.accessionNumber}`
      : `${rows.length} results`;
  const title = `Confirm release: ${what}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(comment.trim());
  };

  return (
    <Modal opened onClose={onCancel} title={title} size="md" returnFocus={false}>
      <form aria-label={title} onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">Held for a reason that needs a word from you before it goes out:</Text>
          <List size="sm">
            {why.slice(0, 5).map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
          <TextInput
            label="Confirming comment"
            description="Kept as the reason for the release, e.g. “checked: matches the clinical picture”"
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? 'Say why the result may go out' : undefined}
            withAsterisk
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color="teal.9">
              Release
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
