import { Button, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { api, ok } from '../api/client';
import type { User } from '../api/types';
import { ProblemAlert } from '../ui/problem-alert';
import { RoleCheckboxes } from './role-checkboxes';
import { useDraftForm } from './use-draft-form';
import { emptyUserDraft, userDraftErrors } from './user-draft';

/**
 * A new account (user:write): checked as it is typed; a refusal (a username taken) is shown beside the
 * field and nothing typed is cleared.
 */
export function UserCreateForm({ onCreated }: { readonly onCreated: (user: User) => void }) {
  const { draft, set, error, problem, busy, submit } = useDraftForm(
    emptyUserDraft,
    userDraftErrors,
    async (d) => onCreated(ok(await api.POST('/api/users', { body: { ...d, roles: [...d.roles] } }))),
  );

  return (
    <form aria-label="Add a user" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} title="Not added" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Username"
            value={draft.username}
            onChange={(e) => set('username', e.currentTarget.value)}
            error={error('username')}
            autoComplete="off"
            required
          />
          <TextInput
            label="Full name"
            value={draft.displayName}
            onChange={(e) => set('displayName', e.currentTarget.value)}
            error={error('displayName')}
            autoComplete="off"
            required
          />
          <PasswordInput
            label="First password"
            description="Given to them in person; 10 characters or more"
            value={draft.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={error('password')}
            autoComplete="new-password"
            required
          />
        </SimpleGrid>
        <RoleCheckboxes
          value={draft.roles}
          onChange={(roles) => set('roles', roles)}
          error={error('roles')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
