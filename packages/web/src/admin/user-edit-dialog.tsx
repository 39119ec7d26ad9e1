import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import type { Role } from '@aliquot/domain';
import { api, ok } from '../api/client';
import { asProblem, fieldProblem, type Problem } from '../api/problem';
import type { User } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { RoleCheckboxes } from './role-checkboxes';

/** Change a person's roles or deactivate them; the server refuses locking oneself out and says so. */
export function UserEditDialog({
  user,
  onClose,
  onSaved,
}: {
  readonly user: User;
  readonly onClose: () => void;
  readonly onSaved: (user: User) => void;
}) {
  const [roles, setRoles] = useState<readonly Role[]>(user.roles);
  const [active, setActive] = useState(user.active);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setBusy(true);
    try {
      onSaved(
        ok(
          await api.PUT('/api/users/{id}', {
            params: { path: { id: user.id } },
            body: { roles: [...roles], active },
          }),
        ),
      );
    } catch (caught) {
      setProblem(asProblem(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Change ${user.displayName}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form aria-label={`Change ${user.username}`} onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <ProblemAlert problem={problem} title="Not changed" />
          <RoleCheckboxes
            value={roles}
            onChange={setRoles}
            error={roles.length === 0 ? 'give the user at least one role' : fieldProblem(problem, 'roles')}
          />
          <Switch
            label="Active: may sign in"
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          {!active && user.active && (
            <Text size="sm" c="red.9">
              Deactivating ends their sessions at once; what they did stays on record.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={roles.length === 0}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
